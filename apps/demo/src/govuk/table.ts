import { type Child, h } from '../dom/element.js';

/** A column of a GOV.UK table. */
export interface Column {
  header: string;
  /** Right-aligned figures (GOV.UK's numeric cell). */
  numeric?: boolean;
}

/**
 * Renders the GOV.UK Frontend table component inside a scrolling container, so a wide table scrolls
 * sideways on a narrow screen instead of widening the page (the container is focusable and named by the
 * caption, so keyboard users can scroll it too). The table keeps `id`.
 *
 * @example
 * table({ caption: 'Gaps', columns: [{ header: 'Category' }], rows: [['Foster care']] })
 */
export function table(options: {
  caption: string;
  columns: readonly Column[];
  rows: readonly (readonly Child[])[];
  captionSize?: 's' | 'm' | 'l';
  id?: string;
}): HTMLElement {
  const { columns } = options;
  const table = h('table', { class: 'govuk-table', id: options.id }, [
    h('caption', { class: `govuk-table__caption govuk-table__caption--${options.captionSize ?? 'm'}` }, [
      options.caption,
    ]),
    h('thead', { class: 'govuk-table__head' }, [
      h(
        'tr',
        { class: 'govuk-table__row' },
        columns.map((c) =>
          h(
            'th',
            {
              scope: 'col',
              class: `govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}`,
            },
            [c.header],
          ),
        ),
      ),
    ]),
    h(
      'tbody',
      { class: 'govuk-table__body' },
      options.rows.map((row) =>
        h(
          'tr',
          { class: 'govuk-table__row' },
          row.map((cell, i) =>
            i === 0
              ? h('th', { scope: 'row', class: 'govuk-table__header' }, [cell])
              : h(
                  'td',
                  { class: `govuk-table__cell${columns[i]?.numeric ? ' govuk-table__cell--numeric' : ''}` },
                  [cell],
                ),
          ),
        ),
      ),
    ),
  ]);
  return h(
    'div',
    { class: 'pw-table-scroll', role: 'region', 'aria-label': options.caption, tabindex: '0' },
    [table],
  );
}
