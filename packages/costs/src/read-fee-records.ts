import {
  type DateOrderWatch,
  Fee,
  type FeeUnit,
  type Issue,
  type IssueLocation,
  PlacementCategory,
  type Result,
  SLASH_DATE,
  TIME_OF_DAY,
  watchDateOrder,
} from '@placewise/model';
import { trackFeeIds } from './internal/fee-ids.js';
import { textOf } from './internal/text-of.js';
import { poundsToPence } from './money.js';

/** A fee read from a flat record, with the data row it came from. */
export interface FeeRecord {
  /** 1-based data row (the header line of a CSV is row 0). */
  row: number;
  fee: Fee;
}

/** Options for {@link readFeeRecords}. */
export interface ReadFeeRecordsOptions {
  /** File name to put in issue locations. */
  file?: string;
}

/**
 * What {@link readFeeRecords} returns: the accepted fees, and counts that always add up
 * (`read` = `accepted` + `rejected`; a pasted copy of an accepted row is counted in `rejected`).
 */
export interface ReadFeeRecordsResult extends Result<FeeRecord[]> {
  read: number;
  accepted: number;
  rejected: number;
}

const UNIT_ALIASES: Record<string, FeeUnit> = {
  day: 'day',
  daily: 'day',
  'per day': 'day',
  week: 'week',
  weekly: 'week',
  'per week': 'week',
  'four-weeks': 'four-weeks',
  'four weeks': 'four-weeks',
  '4 weeks': 'four-weeks',
  '4-weeks': 'four-weeks',
  'four-weekly': 'four-weeks',
  '4-weekly': 'four-weeks',
  month: 'month',
  monthly: 'month',
  'calendar month': 'month',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
};
const YES = new Set(['true', 'yes', 'y', '1', 'in', 'in area', 'in-area', 'inside']);
const NO = new Set(['false', 'no', 'n', '0', 'out', 'out of area', 'out-of-area', 'outside']);
const PROVIDER = /^PR[0-5]$/;
const TEXT_COLUMNS = ['region', 'ageBand', 'staffingRatio', 'placementId', 'settingId'] as const;

const text = (value: unknown): string => (value === undefined || value === null ? '' : textOf(value).trim());

/**
 * Reads fees kept as flat records, one per fee, as councils keep them in spreadsheets:
 * `amount` in pounds, `unit` (day, week, four-weeks, month, year — `weekly`, `monthly`, `annual`
 * and the like are accepted), `from` and optional `to` (`YYYY-MM-DD` or `DD/MM/YYYY`), and the
 * attributes benchmarks group by: `category` (a Placewise placement category), `providerType`
 * (PR0–PR5), `region`, `ageBand`, `staffingRatio`, `inArea` (yes/no, true/false, in/out). Optional
 * `id`, `placementId`, `settingId`, and `socialCare`, `health`, `education` (pounds, adding up to
 * the amount). Every record is accepted or rejected with located issues; other columns are ignored.
 *
 * A fee id given twice: a row whose `id` and every value read match an accepted row's (two exports pasted
 * together) is a copy of the same fee, rejected with a `fee.duplicate` error at its `id` so a benchmark
 * weighs the fee once; rows that share an `id` but differ in any value (a fee that changed, or a second fee
 * line of one placement) are both accepted, each later one with a `fee.duplicate-id` warning, since the
 * reader cannot tell which is right and `currentPlacementsFromFees` adds such fees up as one placement.
 * Rows without an `id` are never compared: two children can be placed at one home at the same fee.
 *
 * @param rows - records keyed by column name, e.g. from a CSV parser with a header row.
 * @example
 * const { value, rejected } = readFeeRecords([{ amount: '£4,120.50', unit: 'week', from: '2024-04-01', category: 'childrens-home' }]);
 * value[0]?.fee.amount; // 412050
 */
export function readFeeRecords(
  rows: readonly Record<string, unknown>[],
  options: ReadFeeRecordsOptions = {},
): ReadFeeRecordsResult {
  const issues: Issue[] = [];
  const value: FeeRecord[] = [];
  const repeatOf = trackFeeIds();
  const order = watchDateOrder<IssueLocation>();
  rows.forEach((record, index) => {
    const row = index + 1;
    const found: Issue[] = [];
    const at = (column: string): IssueLocation =>
      options.file === undefined ? { row, column } : { file: options.file, row, column };
    const problem = (code: string, column: string, message: string, severity: Issue['severity'] = 'error') =>
      found.push({ code, severity, message, location: at(column) });

    const amount = poundsToPence(text(record.amount), { location: at('amount') });
    found.push(...amount.issues);
    const unitText = text(record.unit).toLowerCase();
    const unit = UNIT_ALIASES[unitText];
    if (!unit) {
      problem(
        unitText ? 'fee.unit-unknown' : 'fee.unit-missing',
        'unit',
        'The unit must be one of day, week, four-weeks, month or year.',
      );
    }
    const from = readDate(record.from, 'from', true, problem, order, at);
    const to = readDate(record.to, 'to', false, problem, order, at);
    const fee: Record<string, unknown> = {
      id: text(record.id) || `row-${row}`,
      amount: amount.value,
      unit,
      from,
    };
    if (to) fee.to = to;

    const category = text(record.category);
    if (category) {
      if (PlacementCategory.safeParse(category).success) fee.category = category;
      else
        problem(
          'fee.category-unknown',
          'category',
          'The category is not a Placewise placement category (e.g. childrens-home, fostering-agency).',
        );
    }
    const provider = text(record.providerType).toUpperCase();
    if (provider) {
      fee.providerType = provider;
      if (!PROVIDER.test(provider)) {
        problem(
          'fee.provider-unknown',
          'providerType',
          'The provider type is not an SSDA903 PLACE_PROVIDER code (PR0–PR5); kept as written.',
          'warning',
        );
      }
    }
    for (const column of TEXT_COLUMNS) {
      const v = text(record[column]);
      if (v) fee[column] = v;
    }
    const area = text(record.inArea).toLowerCase();
    if (area) {
      if (YES.has(area)) fee.inArea = true;
      else if (NO.has(area)) fee.inArea = false;
      else problem('fee.in-area-unknown', 'inArea', 'inArea must be yes or no (also true/false, in/out).');
    }
    const split = ['socialCare', 'health', 'education'] as const;
    if (split.some((c) => text(record[c]) !== '')) {
      const parts = split.map((c) => {
        const raw = text(record[c]);
        const parsed = raw === '' ? { value: 0, issues: [] } : poundsToPence(raw, { location: at(c) });
        found.push(...parsed.issues);
        return parsed.value;
      });
      fee.contributions = { socialCare: parts[0], health: parts[1], education: parts[2] };
    }

    if (!found.some((i) => i.severity === 'error')) {
      const parsed = Fee.safeParse(fee);
      // Only an id the sheet gives can repeat: identical rows without one may be two children at one fee.
      const repeat = parsed.success && text(record.id) ? repeatOf(parsed.data, row) : undefined;
      if (repeat?.kind === 'duplicate') {
        problem(
          'fee.duplicate',
          'id',
          `Row ${repeat.first} has this fee id with the same values (a sheet pasted twice?); this row is left out so the fee counts once.`,
        );
      } else if (parsed.success) {
        value.push({ row, fee: parsed.data });
        if (repeat)
          problem(
            'fee.duplicate-id',
            'id',
            `Row ${repeat.first} has this fee id with different values; both are kept and both count in benchmarks (a changed fee or a second fee line can share an id). Give each fee its own id, and link one placement's fees by placementId.`,
            'warning',
          );
      } else {
        for (const issue of parsed.error.issues) {
          const column = String(issue.path[0] ?? 'amount');
          problem('fee.invalid', column, issue.message);
        }
      }
    }
    issues.push(...found);
  });
  const monthFirst = order.monthFirst();
  if (monthFirst)
    issues.push({
      code: 'fee.date-month-first',
      severity: 'warning',
      message: monthFirst.message,
      location: monthFirst.first,
    });
  return { value, issues, read: rows.length, accepted: value.length, rejected: rows.length - value.length };
}

// A date written `YYYY-MM-DD` with a time of day after it (`2024-04-01T00:00:00Z`), as an API's datetime is;
// `SLASH_DATE` reads past the time after a UK date (`01/04/2024 00:00:00`, as finance systems export one).
const ISO_DATE_TIME = new RegExp(String.raw`^(\d{4}-\d{2}-\d{2})[T ]${TIME_OF_DAY}Z?$`);

function readDate(
  raw: unknown,
  column: string,
  required: boolean,
  problem: (code: string, column: string, message: string) => void,
  order: DateOrderWatch<IssueLocation>,
  at: (column: string) => IssueLocation,
): string | undefined {
  const value = text(raw);
  if (!value) {
    if (required) problem('fee.date-missing', column, `${column} is empty; it must be a date.`);
    return undefined;
  }
  const uk = SLASH_DATE.exec(value);
  const dateTime = ISO_DATE_TIME.exec(value);
  const iso = uk
    ? `${uk[3]}-${uk[2]?.padStart(2, '0')}-${uk[1]?.padStart(2, '0')}`
    : (dateTime?.[1] ?? value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) || !realDay(iso)) {
    problem('fee.date-malformed', column, `${column} is not a date written YYYY-MM-DD or DD/MM/YYYY.`);
    order.invalid(value, at(column));
    return undefined;
  }
  if (uk) order.read(value);
  return iso;
}

function realDay(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === iso;
}
