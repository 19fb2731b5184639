import fc from 'fast-check';

/**
 * Junk for the never-throw properties of the readers of untrusted input (each package's
 * `test/readers-never-throw.test.ts`): any value (boxed, prototype-less, dates, bigints), any JSON value,
 * three levels deep at most, or one of `extra`, the odd values each reader's own fields invite.
 */
export function junkOr(...extra: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { maxDepth: 3 },
    fc.anything({
      maxDepth: 3,
      withBoxedValues: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
    }),
    fc.jsonValue({ maxDepth: 3 }),
    ...extra,
  );
}
