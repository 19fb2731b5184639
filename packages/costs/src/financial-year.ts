import type { IsoDate } from '@placewise/model';

/**
 * The UK public-sector financial year a date falls in, 1 April to 31 March, written `2024-25`
 * (the same span as the SSDA903 collection year and the s251 outturn).
 *
 * @example
 * financialYearOf('2025-03-31'); // '2024-25'
 */
export function financialYearOf(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const first = date.slice(5) >= '04-01' ? year : year - 1;
  return `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
}

/**
 * The first and last day of a financial year written `2024-25`.
 *
 * @example
 * financialYearBounds('2024-25'); // { start: '2024-04-01', end: '2025-03-31' }
 */
export function financialYearBounds(year: string): { start: IsoDate; end: IsoDate } {
  const first = Number(year.slice(0, 4));
  return { start: `${first}-04-01`, end: `${first + 1}-03-31` };
}
