import { type Child, h } from '../dom/element.js';

/**
 * Renders the GOV.UK Frontend summary list: key–value rows.
 *
 * @example
 * summaryList([['Children looked after', '412']])
 */
export function summaryList(rows: readonly (readonly [string, Child])[], options: { id?: string } = {}) {
  return h(
    'dl',
    { class: 'govuk-summary-list', id: options.id },
    rows.map(([key, value]) =>
      h('div', { class: 'govuk-summary-list__row' }, [
        h('dt', { class: 'govuk-summary-list__key' }, [key]),
        h('dd', { class: 'govuk-summary-list__value' }, [value]),
      ]),
    ),
  );
}
