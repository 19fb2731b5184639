/** The value if it is a finite number, otherwise 0: a NaN never reaches a coordinate. */
export function finite(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : 0;
}
