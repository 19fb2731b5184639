import type { LocatedPostcode } from '@placewise/model';

/** At most this many distinct inputs are remembered by one {@link remembered} lookup, then it starts afresh. */
const REMEMBERED = 65_536;

/**
 * `locate` with its answers remembered by input (`null`: asked before and not found, one lookup rather than
 * two), up to {@link REMEMBERED} distinct inputs, then emptied and filled again: a caller asking the same
 * postcode again (a child's home down its placements, then the indicators) gets the same object, made once.
 */
export function remembered(
  locate: (input: string) => LocatedPostcode | undefined,
): (input: string) => LocatedPostcode | undefined {
  const answers = new Map<string, LocatedPostcode | null>();
  return (input) => {
    let answer = answers.get(input);
    if (answer === undefined) {
      answer = locate(input) ?? null;
      if (answers.size >= REMEMBERED) answers.clear();
      answers.set(input, answer);
    }
    return answer ?? undefined;
  };
}
