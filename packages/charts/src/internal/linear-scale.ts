/** Maps a domain `[d0, d1]` onto a range `[r0, r1]` linearly; a zero-width domain maps everything to `r0`. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}
