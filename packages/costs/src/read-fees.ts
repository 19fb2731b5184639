import { Fee, type Issue, issuesFromZodError } from '@placewise/model';
import { trackFeeIds } from './internal/fee-ids.js';
import { type ReadFeeRecordsResult, readFeeRecords } from './read-fee-records.js';
import { toWeeklyAmount } from './weekly.js';

/**
 * How the amounts in a list of fees are written: `pounds` (flat records as councils keep them, read by
 * {@link readFeeRecords}), `pence` (the model's `Fee` objects, as `placewise synthetic` writes them), or
 * `auto` (default): told apart by shape, below.
 */
export type FeeAmounts = 'auto' | 'pounds' | 'pence';

/** Options for {@link readFees}. */
export interface ReadFeesOptions {
  /** File name to put in issue locations. */
  file?: string;
  /** How amounts are written (default `auto`). */
  amounts?: FeeAmounts;
}

/** What {@link readFees} returns: {@link ReadFeeRecordsResult} and which reading was used. */
export interface ReadFeesResult extends ReadFeeRecordsResult {
  amounts: 'pounds' | 'pence';
}

/** Flat records hold only plain values; the model's `Fee` nests its `contributions`. */
const isNested = (record: unknown): boolean =>
  typeof record === 'object' &&
  record !== null &&
  Object.values(record).some((v) => typeof v === 'object' && v !== null);

/**
 * Reads every record as a model `Fee` (amounts in pence), counting and locating the rejected ones; a repeated
 * id is judged as {@link readFeeRecords} judges it.
 */
function readModelFees(records: readonly unknown[], file: string | undefined): ReadFeesResult {
  const issues: Issue[] = [];
  const value: ReadFeeRecordsResult['value'] = [];
  const repeatOf = trackFeeIds();
  const at = (index: number) => ({ ...(file ? { file } : {}), path: [index, 'id'] });
  records.forEach((record, index) => {
    const parsed = Fee.safeParse(record);
    const repeat = parsed.success ? repeatOf(parsed.data, index + 1) : undefined;
    // Entries are located by their index in the list, so the earlier one is named by its index too.
    const earlier = repeat ? `The fee at index ${repeat.first - 1}` : '';
    if (repeat?.kind === 'duplicate')
      issues.push({
        code: 'fee.duplicate',
        severity: 'error',
        message: `${earlier} has this id with the same values (a list given twice?); this one is left out so the fee counts once.`,
        location: at(index),
      });
    else if (parsed.success) {
      value.push({ row: index + 1, fee: parsed.data });
      if (repeat)
        issues.push({
          code: 'fee.duplicate-id',
          severity: 'warning',
          message: `${earlier} has this id with different values; both are kept and both count in benchmarks (a changed fee or a second fee line can share an id). Give each fee its own id, and link one placement's fees by placementId.`,
          location: at(index),
        });
    } else
      issues.push(
        ...issuesFromZodError(parsed.error, { location: { ...(file ? { file } : {}), path: [index] } }),
      );
  });
  const accepted = value.length;
  return {
    value,
    issues,
    read: records.length,
    accepted,
    rejected: records.length - accepted,
    amounts: 'pence',
  };
}

/**
 * Reads a list of fees written either as flat records in pounds or as the model's `Fee` objects in pence.
 * With `amounts: 'auto'`, a list holding nested objects (the model's `contributions`) is read as `Fee`
 * objects in pence, and a list of flat records as pounds; a flat list that is also valid as `Fee` objects
 * and whose median would be over £20,000 a week gets a `fees.amounts-ambiguous` warning, since pence read
 * as pounds is the likelier story (say `amounts` to settle it). Either way a fee id given twice is judged
 * as {@link readFeeRecords} says: an identical copy is rejected (`fee.duplicate`, so it is not counted
 * twice), differing fees with one id are both kept with a `fee.duplicate-id` warning.
 *
 * @example
 * const fees = readFees([{ id: 'F1', amount: 412050, unit: 'week', from: '2024-04-01', contributions: { socialCare: 412050 } }]);
 * fees.amounts; // 'pence'
 * fees.value[0]?.fee.amount; // 412050
 */
export function readFees(records: readonly unknown[], options: ReadFeesOptions = {}): ReadFeesResult {
  const amounts = options.amounts ?? 'auto';
  const file = options.file;
  if (amounts === 'pence' || (amounts === 'auto' && records.some(isNested)))
    return readModelFees(records, file);
  const rows = records.map((r) =>
    typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {},
  );
  const read: ReadFeesResult = { ...readFeeRecords(rows, file ? { file } : {}), amounts: 'pounds' };
  if (amounts === 'auto' && records.length > 0 && records.every((r) => Fee.safeParse(r).success)) {
    const weekly = read.value.map((r) => toWeeklyAmount(r.fee.amount, r.fee.unit)).sort((a, b) => a - b);
    const median = weekly[Math.floor(weekly.length / 2)] ?? 0;
    if (median > 2_000_000)
      read.issues.push({
        code: 'fees.amounts-ambiguous',
        severity: 'warning',
        message:
          'These records are also valid as model Fee objects, and read as pounds their median weekly fee is over £20,000: if the amounts are in pence, say so.',
        location: file ? { file } : {},
      });
  }
  return read;
}
