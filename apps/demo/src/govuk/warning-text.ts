import { h } from '../dom/element.js';

/**
 * The GOV.UK Frontend warning text component: a "!" icon and bold text, for something users must not miss.
 *
 * @example
 * warningText('These figures are incomplete.')
 */
export function warningText(text: string, options: { id?: string } = {}): HTMLElement {
  return h('div', { class: 'govuk-warning-text', ...(options.id ? { id: options.id } : {}) }, [
    h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, ['!']),
    h('strong', { class: 'govuk-warning-text__text' }, [
      h('span', { class: 'govuk-visually-hidden' }, ['Warning']),
      text,
    ]),
  ]);
}
