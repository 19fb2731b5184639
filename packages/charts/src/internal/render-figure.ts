import type { ChartOptions } from '../chart-options.js';
import { escapeMarkup } from '../escape-markup.js';
import { renderTable, type TableSpec } from './render-table.js';

/** What every chart hands the frame: its size, its drawn marks, and its words and table. */
export interface FigureSpec {
  id: string;
  width: number;
  height: number;
  /** SVG markup of the marks, already escaped. */
  body: string;
  description: string;
  /** Key to the marks, appended to the title when no caption is given. */
  key: string;
  table: Omit<TableSpec, 'caption'>;
  /** Class names for the `<svg>` beyond `pw-chart`. */
  svgClass?: string;
}

const FONT = 'GDS Transport, arial, sans-serif';

/**
 * Wraps a chart's marks in an accessible figure: an `<svg role="img">` named by its `<title>` and described by
 * its `<desc>`, a caption, and the same figures as a table. Presentation attributes only (no `style`), so
 * pages with a strict Content-Security-Policy can show it.
 */
export function renderFigure(spec: FigureSpec, options: ChartOptions): string {
  const { id } = spec;
  const classes = ['pw-chart', spec.svgClass, options.className].filter(Boolean).join(' ');
  const caption = options.caption ?? [options.title, spec.key].filter(Boolean).join('. ');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeMarkup(classes)}" viewBox="0 0 ${spec.width} ${spec.height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false" font-family="${FONT}" font-size="14" fill="#0b0c0c"><title id="${id}-title">${escapeMarkup(options.title)}</title><desc id="${id}-desc">${escapeMarkup(options.description ?? spec.description)}</desc>${spec.body}</svg>`;
  const mode = options.table ?? 'details';
  const table = renderTable({ caption: options.title, ...spec.table });
  const data =
    mode === 'none'
      ? ''
      : mode === 'visible'
        ? table
        : `<details class="govuk-details pw-chart__data"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Show the figures in this chart</span></summary><div class="govuk-details__text">${table}</div></details>`;
  return `<figure class="pw-figure" id="${id}">${svg}<figcaption class="govuk-body-s">${escapeMarkup(caption)}</figcaption>${data}</figure>`;
}
