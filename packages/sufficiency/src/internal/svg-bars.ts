import { escapeHtml } from './escape-html.js';

/** One bar: a label and one or more values (series), each drawn in its own colour. */
export interface Bar {
  label: string;
  values: number[];
}

const COLOURS = ['#1d70b8', '#b1b4b6', '#00703c', '#d4351c'];

/**
 * A horizontal bar chart as inline SVG, accessible through its title and a text value at each bar's end.
 * `format` writes the value shown beside a bar.
 */
export function svgBars(
  title: string,
  bars: readonly Bar[],
  format: (v: number) => string,
  series: string[] = [],
): string {
  // About 7.5px per character at 14px arial, so long DfE group names are not clipped.
  const labelWidth = Math.max(160, Math.ceil(Math.max(0, ...bars.map((b) => b.label.length)) * 7.5) + 12);
  const plotWidth = 330;
  const barHeight = 18;
  const gap = 10;
  const perBar = Math.max(1, bars[0]?.values.length ?? 1);
  const rowHeight = perBar * barHeight + gap;
  const legend = series.length > 1 ? 24 : 0;
  const height = legend + bars.length * rowHeight + 4;
  const max = Math.max(1, ...bars.flatMap((b) => b.values));
  const parts: string[] = [];
  series.forEach((name, s) => {
    if (series.length < 2) return;
    parts.push(
      `<rect x="${labelWidth + s * 150}" y="4" width="12" height="12" fill="${COLOURS[s % COLOURS.length]}"/><text x="${labelWidth + s * 150 + 18}" y="15">${escapeHtml(name)}</text>`,
    );
  });
  bars.forEach((bar, i) => {
    const y = legend + i * rowHeight;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + (perBar * barHeight) / 2 + 5}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
    );
    bar.values.forEach((v, s) => {
      const w = Math.round((v / max) * plotWidth);
      const by = y + s * barHeight;
      parts.push(
        `<rect x="${labelWidth}" y="${by}" width="${w}" height="${barHeight - 3}" fill="${COLOURS[s % COLOURS.length]}"/>`,
        `<text x="${labelWidth + w + 6}" y="${by + barHeight - 6}">${escapeHtml(format(v))}</text>`,
      );
    });
  });
  return `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelWidth + plotWidth + 70} ${height}" width="100%" style="max-width:${labelWidth + plotWidth + 70}px;font-size:14px"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}
