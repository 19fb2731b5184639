import { TIME_OF_DAY } from '@placewise/model';

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

/** A time of day after a date: `0:00`, `00:00:00`, `00:00:00.000`. */
const TIME = new RegExp(`^${TIME_OF_DAY}$`);

/**
 * The date an SSDA903 date text holds, as the number YYYYMMDD, or -1. Reads `DD/MM/YYYY` (one-digit day
 * and month tolerated; a space and a time of day after it, as SQL Server exports a datetime, are read past)
 * or ISO `YYYY-MM-DD` (optionally followed by a time, as some XML exports write). Hand-rolled with no
 * allocation on the usual forms because it runs twice per episode row on the hot path.
 */
export function ssdaDateKey(text: string): number {
  return ssdaDateKeyIn(text, 0, text.length);
}

/** {@link ssdaDateKey} of `text.slice(from, to)`, read in place so the hot path copies nothing. */
export function ssdaDateKeyIn(text: string, from: number, to: number): number {
  const len = to - from;
  if (len >= 10 && text.charCodeAt(from + 4) === 45 && text.charCodeAt(from + 7) === 45) {
    const after = len > 10 ? text.charCodeAt(from + 10) : 0;
    if (len > 10 && after !== 84 && after !== 32) return -1;
    return key(
      digits(text, from, from + 4),
      digits(text, from + 5, from + 7),
      digits(text, from + 8, from + 10),
    );
  }
  if (len === 10 && text.charCodeAt(from + 2) === 47 && text.charCodeAt(from + 5) === 47) {
    // The usual DD/MM/YYYY, read without searching for the slashes (same result as below).
    return key(digits(text, from + 6, to), digits(text, from + 3, from + 5), digits(text, from, from + 2));
  }
  // A time after a DD/MM/YYYY date, as SQL Server and reporting tools export a datetime (`14/02/2010 00:00:00`).
  const space = text.indexOf(' ', from);
  if (space > from && space < to)
    return TIME.test(text.slice(space + 1, to)) ? ssdaDateKeyIn(text, from, space) : -1;
  let first = text.indexOf('/', from);
  if (first >= to) first = -1;
  first = first < 0 ? -1 : first - from;
  if (first < 1 || first > 2) return -1;
  let second = text.indexOf('/', from + first + 1);
  second = second < 0 || second >= to ? -1 : second - from;
  if (second - first < 2 || second - first > 3 || len - second !== 5) return -1;
  return key(
    digits(text, from + second + 1, to),
    digits(text, from + first + 1, from + second),
    digits(text, from, from + first),
  );
}

// One shared ISO string per date, found by array index: a million rows then hold a few thousand strings.
// A dense array per year met (of slots month * 32 + day), so every lookup is two indexed reads; one array
// for the 300 years would be sparse, which the engine keeps as a slower dictionary.
const ISO_CACHE: ((string | undefined)[] | undefined)[] = new Array(300).fill(undefined);

/** The shared ISO string of a valid date (years 1900 to 2199). */
function sharedIso(year: number, month: number, day: number): string {
  let dates = ISO_CACHE[year - 1900];
  if (dates === undefined) {
    dates = new Array(13 * 32).fill(undefined);
    ISO_CACHE[year - 1900] = dates;
  }
  let iso = dates[month * 32 + day];
  if (iso === undefined) {
    iso = isoOfKey(year * 10_000 + month * 100 + day);
    dates[month * 32 + day] = iso;
  }
  return iso;
}

/**
 * The shared ISO form of the SSDA903 date at `text[from, to)`, as {@link sharedIsoOfKey} of
 * {@link ssdaDateKeyIn} gives it, or `undefined`. The usual `DD/MM/YYYY` and `YYYY-MM-DD` are read from
 * their character codes alone; other forms go through {@link ssdaDateKeyIn}.
 */
export function sharedIsoIn(text: string, from: number, to: number): string | undefined {
  if (to - from === 10) {
    const third = text.charCodeAt(from + 2);
    const fifth = text.charCodeAt(from + 4);
    if (third === 47 && text.charCodeAt(from + 5) === 47 && fifth !== 45) {
      return isoOfParts(text, from + 6, from + 3, from);
    }
    if (fifth === 45 && text.charCodeAt(from + 7) === 45) return isoOfParts(text, from, from + 5, from + 8);
  }
  const value = ssdaDateKeyIn(text, from, to);
  return value < 0 ? undefined : sharedIsoOfKey(value);
}

/** A digit's value, or a number above 9 for any other character. */
function digitAt(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) >>> 0;
}

/** The shared ISO date of four year digits, two month digits and two day digits at these positions. */
function isoOfParts(text: string, y: number, m: number, d: number): string | undefined {
  const y0 = digitAt(text, y);
  const y1 = digitAt(text, y + 1);
  const y2 = digitAt(text, y + 2);
  const y3 = digitAt(text, y + 3);
  const m0 = digitAt(text, m);
  const m1 = digitAt(text, m + 1);
  const d0 = digitAt(text, d);
  const d1 = digitAt(text, d + 1);
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  return key(year, month, day) < 0 ? undefined : sharedIso(year, month, day);
}

/** The ISO form of a YYYYMMDD number from {@link ssdaDateKey}, the same string each time. */
export function sharedIsoOfKey(value: number): string {
  return sharedIso(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
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
