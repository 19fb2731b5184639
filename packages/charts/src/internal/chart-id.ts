/**
 * A stable id for a chart's title and description, from its title and a fingerprint of its data (FNV-1a),
 * so the same input always gives the same markup (no module-level counter) and two charts on one page
 * differ unless they are identical.
 */
export function chartId(kind: string, title: string, data: unknown): string {
  const text = `${kind}\u0000${title}\u0000${JSON.stringify(data)}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `pw-${kind}-${(hash >>> 0).toString(36)}`;
}
