const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A position on a line chart's x axis as a number: days since 1970 for an ISO date, else the number itself. */
export function xNumber(x: string | number): number {
  if (typeof x === 'number') return x;
  const m = ISO_DATE.exec(x);
  if (!m) return Number.NaN;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(time);
  // Reject dates that roll over (2025-02-30), which Date.UTC would silently accept.
  return back.getUTCDate() === Number(m[3]) && back.getUTCMonth() === Number(m[2]) - 1
    ? time / 86_400_000
    : Number.NaN;
}

/** The ISO date a day number stands for. */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Writes an ISO date as people read it (`31 Mar 2025`); other strings and numbers as they are. */
export function formatX(x: string | number): string {
  if (typeof x === 'number') return String(x);
  const m = ISO_DATE.exec(x);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : x;
}
