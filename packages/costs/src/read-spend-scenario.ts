import { type Issue, issuesFromZodError } from '@placewise/model';
import { poundsToPence } from './money.js';
import { SpendScenario } from './scenario.js';

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
          const pence = poundsToPence(typeof amount === 'number' ? amount : String(amount), {
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
