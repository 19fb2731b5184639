import type { Fee } from '@placewise/model';

/**
 * How a fee stands against the fees accepted before it with the same id: `duplicate` when one of them is the
 * same in every field read (a pasted copy), `duplicate-id` when the id is shared but the fees differ. `first`
 * is the row of the earlier fee (the identical one, else the first with the id).
 */
export interface FeeRepeat {
  kind: 'duplicate' | 'duplicate-id';
  first: number;
}

/** A fee's fields as one string, keys sorted, so two fees read from differently ordered columns compare equal. */
const keyOf = (fee: Fee): string =>
  JSON.stringify(fee, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );

/**
 * Makes a check that remembers each accepted fee by id: call it with a fee and its row; it returns the
 * repeat found, or `undefined` for an id not seen before. Only a fee that is then accepted is remembered
 * (a `duplicate` is not), so a third identical copy still points at the first.
 */
export function trackFeeIds(): (fee: Fee, row: number) => FeeRepeat | undefined {
  const byId = new Map<string, Map<string, number>>();
  return (fee, row) => {
    const key = keyOf(fee);
    const earlier = byId.get(fee.id);
    if (!earlier) {
      byId.set(fee.id, new Map([[key, row]]));
      return undefined;
    }
    const same = earlier.get(key);
    if (same !== undefined) return { kind: 'duplicate', first: same };
    const first = earlier.values().next().value as number;
    earlier.set(key, row);
    return { kind: 'duplicate-id', first };
  };
}
