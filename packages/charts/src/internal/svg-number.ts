/** Writes a coordinate with at most one decimal place (enough at chart sizes, and keeps markup small). */
export function svgNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
