import { escapeMarkup } from '../escape-markup.js';

/** A data table: its caption, column headings, and rows of already formatted cells (first cell is a header). */
export interface TableSpec {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly string[])[];
  /** A line under the caption (e.g. which rows a long series is sampled at). */
  note?: string;
}

/** Renders a GOV.UK-styled table; the first cell of each row is a row header, the rest are numeric. */
export function renderTable(spec: TableSpec): string {
  const head = spec.head
    .map(
      (cell, i) =>
        `<th scope="col" class="govuk-table__header${i > 0 ? ' govuk-table__header--numeric' : ''}">${escapeMarkup(cell)}</th>`,
    )
    .join('');
  const rows =
    spec.rows.length === 0
      ? `<tr class="govuk-table__row"><td class="govuk-table__cell" colspan="${Math.max(1, spec.head.length)}">No data</td></tr>`
      : spec.rows
          .map(
            (row) =>
              `<tr class="govuk-table__row">${row
                .map((cell, i) =>
                  i === 0
                    ? `<th scope="row" class="govuk-table__header">${escapeMarkup(cell)}</th>`
                    : `<td class="govuk-table__cell govuk-table__cell--numeric">${escapeMarkup(cell)}</td>`,
                )
                .join('')}</tr>`,
          )
          .join('');
  return `<table class="govuk-table pw-chart__table"><caption class="govuk-table__caption govuk-table__caption--s">${escapeMarkup(spec.caption)}${spec.note ? ` <span class="govuk-body-s">${escapeMarkup(spec.note)}</span>` : ''}</caption><thead class="govuk-table__head"><tr class="govuk-table__row">${head}</tr></thead><tbody class="govuk-table__body">${rows}</tbody></table>`;
}
