import { h } from '../dom/element.js';

/** One problem in an error summary, linking to the field it concerns. */
export interface ErrorItem {
  text: string;
  href?: string;
}

/**
 * Renders the GOV.UK Frontend error summary (focus it after rendering, as GOV.UK's JS does on load).
 *
 * @example
 * errorSummary([{ text: 'Enter a date of birth', href: '#dateOfBirth' }])
 */
export function errorSummary(errors: readonly ErrorItem[]): HTMLElement {
  return h('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary', tabindex: -1 }, [
    h('div', { role: 'alert' }, [
      h('h2', { class: 'govuk-error-summary__title' }, ['There is a problem']),
      h('div', { class: 'govuk-error-summary__body' }, [
        h(
          'ul',
          { class: 'govuk-list govuk-error-summary__list' },
          errors.map((e) => h('li', {}, [e.href ? h('a', { href: e.href }, [e.text]) : e.text])),
        ),
      ]),
    ]),
  ]);
}
