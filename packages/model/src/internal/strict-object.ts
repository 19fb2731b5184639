import * as z from 'zod';

/**
 * A zod object that rejects keys it does not know, each with a message naming the unknown key and the known
 * key it most likely meant (`unknown field closeTofamily; did you mean closeToFamily?`). The known keys are
 * read from the schema that failed, so an object made from it with `.extend()` suggests its own keys too.
 * Keys are field names, never personal values, so the message may quote them. With
 * {@link issuesFromZodError} each unknown key becomes one issue located at the key. Every schema of the
 * model, the HTTP service and the CLI that rejects unknown keys is built with it.
 *
 * @example
 * const Body = strictObject({ top: z.number().optional() });
 * Body.safeParse({ topp: 3 }).error?.issues[0]?.message; // 'unknown field topp; did you mean top?'
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, { error: unknownKeysError });
}

/** The error map of {@link strictObject}: one sentence per unknown key, joined by `; `; other issues keep zod's words. */
function unknownKeysError(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const def = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def;
  const known = Object.keys(def?.shape ?? {});
  return issue.keys.map((key) => unknownFieldMessage(key, known)).join('; ');
}

/** Longest key quoted in full: a key past it is cut, so a message never carries a large part of a body. */
const MAX_QUOTED = 80;

/** The message for one unknown key, with a suggestion when a known key is close enough. */
export function unknownFieldMessage(key: string, known: readonly string[]): string {
  const suggestion = closestKey(key, known);
  const quoted = key.length > MAX_QUOTED ? `${key.slice(0, MAX_QUOTED)}…` : key;
  return suggestion === undefined
    ? `unknown field ${quoted}`
    : `unknown field ${quoted}; did you mean ${suggestion}?`;
}

/** The known key nearest to `key` by edit distance (ignoring case), if within a third of its length (at least 2). */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const wanted = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    // Lengths further apart than the best distance cannot beat it: long keys cost nothing to reject.
    if (Math.abs(candidate.length - key.length) >= bestDistance) continue;
    const d = editDistance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance between two short strings (field names). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    previous = current;
  }
  return previous[b.length] as number;
}
