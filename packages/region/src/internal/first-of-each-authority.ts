import type { GssCode, Issue } from '@placewise/model';

/**
 * Keeps the first entry of each authority (by GSS code) and reports each later one as
 * `region.authority-duplicate`, located at its `gss` by its index in `given`: an authority given twice would
 * otherwise be counted twice. `what` names an entry in the message (`summary`, `entry`).
 */
export function firstOfEachAuthority<T extends { gss: GssCode }>(
  given: readonly T[],
  what: string,
): { kept: T[]; repeated: Issue[] } {
  const seen = new Set<string>();
  const repeated: Issue[] = [];
  const kept = given.filter((a, i) => {
    if (!seen.has(a.gss)) {
      seen.add(a.gss);
      return true;
    }
    repeated.push({
      code: 'region.authority-duplicate',
      severity: 'error',
      message: `${a.gss} is given more than once; only its first ${what} is counted.`,
      location: { path: [i, 'gss'] },
    });
    return false;
  });
  return { kept, repeated };
}
