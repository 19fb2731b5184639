import type { Issue, IssueLocation, Pence } from '@placewise/model';

const POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * Formats whole pence as pounds the en-GB way, with a thousands separator and two decimals.
 *
 * @param pence - an amount in whole pence (negative amounts keep their sign).
 * @returns the amount as text, e.g. `£4,120.50`; `—` for no amount (`NaN`, as the median of a group with no
 * fee is), never `£NaN`.
 * @example
 * formatPounds(412050); // '£4,120.50'
 */
export function formatPounds(pence: Pence): string {
  if (!Number.isFinite(pence)) return '—';
  return POUNDS.format(pence / 100);
}

/** Options for {@link poundsToPence}. */
export interface PoundsToPenceOptions {
  /** Where the text came from, copied into any issue. Default: `{}`. */
  location?: IssueLocation;
  /** Accept a leading minus sign. Default: `false` (fees are never negative). */
  allowNegative?: boolean;
}

/** The result of {@link poundsToPence}: the pence, or `undefined` with an issue saying why not. */
export interface PoundsToPenceResult {
  value: Pence | undefined;
  issues: Issue[];
}

const AMOUNT = /^(-)?£?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount in pounds as people type it in spreadsheets (`4120.5`, `£4,120.50`, `4120`) into
 * whole pence, without going through floating point. More than two decimal places is an error
 * rather than a silent rounding, since a fee quoted to fractions of a penny is usually a unit mix-up.
 *
 * @param input - text or a number of pounds.
 * @returns `{ value, issues }`; `value` is `undefined` when there is an `error` issue.
 * @example
 * poundsToPence('£4,120.50').value; // 412050
 * poundsToPence('4,12').issues[0]?.code; // 'money.malformed'
 */
export function poundsToPence(
  input: string | number,
  options: PoundsToPenceOptions = {},
): PoundsToPenceResult {
  const location = options.location ?? {};
  const text = typeof input === 'number' ? numberText(input) : input.trim().replace(/\s+/g, '');
  if (text === '') {
    return fail('money.missing', 'The amount is empty.', location);
  }
  const match = AMOUNT.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) {
    const tooPrecise = /^-?£?[\d,]*\.\d{3,}$/.test(text);
    return tooPrecise
      ? fail('money.too-precise', 'The amount has more than two decimal places (pence).', location)
      : fail('money.malformed', 'The amount is not a number of pounds such as 4120.50.', location);
  }
  const [, minus, whole = '0', fraction = ''] = match;
  if (minus && !options.allowNegative) {
    return fail('money.negative', 'The amount cannot be negative.', location);
  }
  const pence = Number(whole.replaceAll(',', '')) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(pence)) {
    return fail('money.too-large', 'The amount is too large.', location);
  }
  return { value: minus ? -pence : pence, issues: [] };
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) return 'not-finite';
  // Numbers from JSON such as 4120.5 print exactly; toFixed would hide a third decimal.
  return String(value);
}

function fail(code: string, message: string, location: IssueLocation): PoundsToPenceResult {
  return { value: undefined, issues: [{ code, severity: 'error', message, location }] };
}
