/** Orders `2024-25`-style labels by their first year; the year is parsed, not compared as text. */
export function compareCollectionYears(a: string, b: string): number {
  return Number(a.slice(0, 4)) - Number(b.slice(0, 4));
}

/** The earliest collection year whose code lists are confirmed; older years borrow its lists. */
export const FIRST_COVERED_YEAR = '2019-20';
