import type { OfstedJudgement } from '@placewise/model';

const JUDGEMENTS: Record<string, OfstedJudgement> = {
  outstanding: 'outstanding',
  good: 'good',
  'requires improvement to be good': 'requires-improvement',
  'requires improvement': 'requires-improvement',
  inadequate: 'inadequate',
};

/**
 * Reads Ofsted's overall judgement text ("Requires improvement to be good"…) as the model's judgement.
 *
 * @returns the judgement, or `undefined` for an empty or unknown text.
 * @example
 * judgementOf('Requires improvement to be good'); // 'requires-improvement'
 */
export function judgementOf(text: string): OfstedJudgement | undefined {
  return JUDGEMENTS[text.trim().toLowerCase().replace(/\s+/g, ' ')];
}
