import { type Child, h } from '../dom/element.js';

/**
 * The GOV.UK details component: a summary that opens to show more.
 *
 * @example
 * details('How this score was worked out', [table(...)])
 */
export function details(summary: string, children: readonly Child[]): HTMLDetailsElement {
  return h('details', { class: 'govuk-details' }, [
    h('summary', { class: 'govuk-details__summary' }, [
      h('span', { class: 'govuk-details__summary-text' }, [summary]),
    ]),
    h('div', { class: 'govuk-details__text' }, children),
  ]);
}
