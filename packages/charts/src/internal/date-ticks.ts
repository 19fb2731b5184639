import { isoDate } from './x-value.js';

/**
 * One tick a year on `monthDay` (e.g. `03-31`, the SSDA903 snapshot date) between two day numbers, thinned to
 * at most `max` ticks by keeping every n-th year.
 */
export function dateTicks(from: number, to: number, monthDay: string, max = 8): string[] {
  const first = Number(isoDate(from).slice(0, 4));
  const last = Number(isoDate(to).slice(0, 4));
  const ticks: string[] = [];
  for (let year = first; year <= last; year += 1) {
    const iso = `${year}-${monthDay}`;
    const day = Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    if (day >= from && day <= to) ticks.push(iso);
  }
  const every = Math.ceil(ticks.length / max);
  return ticks.filter((_, i) => i % every === 0);
}
