const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function key(year: number, month: number, day: number): number {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return -1;
  const max = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day > max ? -1 : year * 10_000 + month * 100 + day;
}

/**
 * The date an SSDA903 date text holds, as the number YYYYMMDD, or -1. Reads `DD/MM/YYYY` (one-digit day
 * and month tolerated) or ISO `YYYY-MM-DD` (optionally followed by a time, as some XML exports write).
 * Hand-rolled with no allocation because it runs twice per episode row on the hot path.
 */
export function ssdaDateKey(text: string): number {
  const len = text.length;
  if (len >= 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    if (len > 10 && text[10] !== 'T' && text[10] !== ' ') return -1;
    return key(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  }
  const first = text.indexOf('/');
  if (first < 1 || first > 2) return -1;
  const second = text.indexOf('/', first + 1);
  if (second - first < 2 || second - first > 3 || len - second !== 5) return -1;
  return key(digits(text, second + 1, len), digits(text, first + 1, second), digits(text, 0, first));
}

/** The ISO form of a YYYYMMDD number. */
export function isoOfKey(value: number): string {
  const year = Math.floor(value / 10_000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Reads an SSDA903 date (see {@link ssdaDateKey}) as ISO `YYYY-MM-DD`, or `undefined`. */
export function parseSsdaDate(text: string): string | undefined {
  const value = ssdaDateKey(text);
  return value < 0 ? undefined : isoOfKey(value);
}

/** Writes an ISO date as SSDA903's `DD/MM/YYYY`. */
export function formatSsdaDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}
