/** Roughly how wide a label is at 14px (about 7.5px a character), so long category names are not clipped. */
export function labelWidth(labels: readonly string[], min = 120, max = 320): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.min(max, Math.max(min, Math.ceil(longest * 7.5) + 12));
}

/** Shortens a label to fit `width` pixels at 14px, ending with `…`; the table keeps the full text. */
export function fitLabel(label: string, width: number): string {
  const chars = Math.max(4, Math.floor((width - 12) / 7.5));
  return label.length > chars ? `${label.slice(0, chars - 1)}…` : label;
}
