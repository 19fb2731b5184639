/** Rounds to whole pence, halves away from zero, so a sign never changes a rounding. */
export function roundPence(value: number): number {
  const rounded = Math.round(Math.abs(value));
  return value < 0 ? -rounded : rounded;
}
