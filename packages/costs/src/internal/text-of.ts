/**
 * A value from JSON or a sheet as `String` writes it, never throwing: an object `String` cannot convert
 * (one without a prototype, or parsed from JSON with its own `toString` or `valueOf` key) reads as
 * `[object Object]`, as any other object does, so the reader reports it like any other wrong value.
 */
export function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
