import { type Issue, issuesFromZodError, strictObject } from '@placewise/model';
import * as z from 'zod';
import { textOf } from './internal/text-of.js';
import { poundsToPence } from './money.js';
import { SpendScenario } from './scenario.js';

// The file's own shape, in pounds: only its keys are checked here (a typo'd key is an error that names the
// key it most likely meant, never silently ignored); the values are checked once converted, below.
const RawMove = strictObject({
  from: z.unknown().optional(),
  to: z.unknown().optional(),
  count: z.unknown().optional(),
  weeklyCost: z.unknown().optional(),
  fromWeeklyCost: z.unknown().optional(),
});
const RawScenario = strictObject({ name: z.unknown().optional(), moves: z.unknown().optional() });

/** Options for {@link readSpendScenario}. */
export interface ReadSpendScenarioOptions {
  /** File name to put in issue locations. */
  file?: string;
}

/**
 * Reads a scenario written in pounds a week, as people write one by hand: `{ name?, moves: [{ from, to,
 * count, weeklyCost?, fromWeeklyCost? }] }`, into a {@link SpendScenario} in pence, or located issues.
 *
 * @example
 * readSpendScenario({ moves: [{ from: 'childrens-home', to: 'fostering-in-house', count: 2, weeklyCost: 650 }] }).value?.moves[0]?.toWeekly;
 * // 65000
 */
export function readSpendScenario(
  raw: unknown,
  options: ReadSpendScenarioOptions = {},
): { value: SpendScenario | undefined; issues: Issue[] } {
  const file = options.file;
  const at = (path: (string | number)[]) => ({ ...(file ? { file } : {}), path });
  const issues: Issue[] = [];
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const keys = RawScenario.safeParse(raw);
    if (!keys.success) issues.push(...issuesFromZodError(keys.error, { location: at([]) }));
    const listed = (raw as { moves?: unknown }).moves;
    if (Array.isArray(listed)) {
      listed.forEach((move, i) => {
        if (typeof move !== 'object' || move === null || Array.isArray(move)) return;
        const checked = RawMove.safeParse(move);
        if (!checked.success)
          issues.push(...issuesFromZodError(checked.error, { location: at(['moves', i]) }));
      });
    }
  }
  const data = (typeof raw === 'object' && raw !== null ? raw : {}) as { name?: unknown; moves?: unknown };
  const moves = Array.isArray(data.moves) ? (data.moves as Record<string, unknown>[]) : data.moves;
  const converted = Array.isArray(moves)
    ? moves.map((move, i) => {
        const out: Record<string, unknown> = { from: move?.from, to: move?.to, count: move?.count };
        for (const [field, target] of [
          ['weeklyCost', 'toWeekly'],
          ['fromWeeklyCost', 'fromWeekly'],
        ] as const) {
          const amount = move?.[field];
          if (amount === undefined) continue;
          const pence = poundsToPence(typeof amount === 'number' ? amount : textOf(amount), {
            location: at(['moves', i, field]),
          });
          issues.push(...pence.issues);
          out[target] = pence.value;
        }
        return out;
      })
    : moves;
  const parsed = SpendScenario.safeParse({
    ...(data.name === undefined ? {} : { name: data.name }),
    moves: converted,
  });
  if (!parsed.success) issues.push(...issuesFromZodError(parsed.error, { location: at([]) }));
  const failed = !parsed.success || issues.some((i) => i.severity === 'error');
  return { value: failed ? undefined : parsed.data, issues };
}
