const MS_PER_DAY = 86_400_000;

/** Days in `3y`, `18m`, `26w`, `90d` or a plain number of days, counted on the calendar from `start`. */
export function parseHorizon(text: string, start: string): number | undefined {
  const match = /^(\d+)\s*([ymwd]?)$/i.exec(text.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === 'd' || unit === '') return n;
  if (unit === 'w') return n * 7;
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const from = Date.UTC(y, m - 1, d);
  const to = unit === 'y' ? Date.UTC(y + n, m - 1, d) : Date.UTC(y, m - 1 + n, d);
  return Math.round((to - from) / MS_PER_DAY);
}
