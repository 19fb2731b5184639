import { escapeMarkup } from '../escape-markup.js';

/** A row of colour swatches with series names, starting at (`x`, `y`); long rows wrap every `perRow` items. */
export function renderLegend(
  names: readonly string[],
  colours: readonly string[],
  x: number,
  y: number,
  perRow = 3,
): string {
  return names
    .map((name, i) => {
      const lx = x + (i % perRow) * 170;
      const ly = y + Math.floor(i / perRow) * 20;
      return `<g class="pw-chart__key"><rect x="${lx}" y="${ly}" width="12" height="12" fill="${escapeMarkup(colours[i % colours.length] ?? '#1d70b8')}"/><text x="${lx + 18}" y="${ly + 11}">${escapeMarkup(name)}</text></g>`;
    })
    .join('');
}

/** Height the legend takes for `count` series (none for a single series). */
export function legendHeight(count: number, perRow = 3): number {
  return count < 2 ? 0 : Math.ceil(count / perRow) * 20 + 8;
}
