import { readFile } from 'node:fs/promises';
import { createSectorLocator } from '@placewise/geo';
import {
  type AssignmentResult,
  assignPlacements,
  MatchPolicy,
  type MatchPolicyInput,
  type MatchResult,
  matchReferral,
  prepareVacancies,
} from '@placewise/matching';
import { type Issue, issuesFromZodError, Referral, Vacancy } from '@placewise/model';
import type { Command } from 'commander';
import type { z } from 'zod';
import { CliExit, type CliIo } from '../io.js';

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliExit(1, `Cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}).`);
  }
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the input, which may hold personal data: name the file only.
    throw new CliExit(1, `${file} is not valid JSON.`);
  }
}

/** Parses one record or an array of records, collecting located issues (never quoting values). */
function parseAll<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  many: boolean,
  issues: Issue[],
): z.infer<T>[] {
  if (many && !Array.isArray(data)) {
    issues.push({
      code: 'cli.not-an-array',
      severity: 'error',
      message: 'Expected a JSON array.',
      location: { file },
    });
    return [];
  }
  const records = many ? (data as unknown[]) : [data];
  const parsed: z.infer<T>[] = [];
  records.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) parsed.push(result.data);
    else issues.push(...issuesFromZodError(result.error, { location: { file, path: many ? [index] : [] } }));
  });
  return parsed;
}

function stopOnErrors(issues: readonly Issue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  const lines = errors.map(
    (i) =>
      `${i.location.file ?? ''}${i.location.path?.length ? `: ${i.location.path.join('.')}` : ''}: ${i.message}`,
  );
  throw new CliExit(1, `${errors.length} issue(s) in the input:\n${lines.join('\n')}`);
}

async function readPolicy(file: string | undefined, issues: Issue[]): Promise<MatchPolicyInput | undefined> {
  if (!file) return undefined;
  return parseAll(MatchPolicy, await readJson(file), file, false, issues)[0];
}

const pad = (text: string, width: number) =>
  text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);

function matchTable(result: MatchResult, top: number): string {
  const rows = result.results.filter((r) => r.eligible).slice(0, top);
  const lines = [`${pad('rank', 5)}${pad('vacancy', 14)}${pad('score', 7)}main reasons`];
  for (const row of rows) {
    const reasons = [...row.explanation]
      .filter((e) => e.weight > 0)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, 3)
      .map((e) => `${e.criterion} ${e.rawLabel}`);
    lines.push(
      `${pad(String(row.rank), 5)}${pad(row.vacancyId, 14)}${pad(row.score.toFixed(3), 7)}${reasons.join('; ')}`,
    );
  }
  const failures = new Map<string, number>();
  for (const row of result.results)
    for (const f of row.failures) failures.set(f.code, (failures.get(f.code) ?? 0) + 1);
  const common = [...failures]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `${code} ${n}`);
  lines.push(
    `${result.eligibleCount} of ${result.results.length} vacancies eligible.${common.length ? ` Not eligible: ${common.join(', ')}.` : ''}`,
  );
  lines.push(
    'Distances are straight-line miles between postcode-sector centroids (DfE method): approximate.',
  );
  return `${lines.join('\n')}\n`;
}

function assignTable(result: AssignmentResult): string {
  const lines = [`${pad('referral', 14)}${pad('vacancy', 14)}${pad('places', 8)}score`];
  for (const a of result.assignments)
    lines.push(
      `${pad(a.referralId, 14)}${pad(a.vacancyId, 14)}${pad(String(a.places), 8)}${a.score.toFixed(3)}`,
    );
  lines.push(
    `Total score ${result.totalScore} (${result.optimal ? 'optimal' : 'best found, not proven optimal'}); greedy ${result.greedy.totalScore}. ` +
      `Children placed ${result.placedChildren} (greedy ${result.greedy.placedChildren}).`,
  );
  for (const u of result.unmatched) {
    const reasons = u.reasons.map((r) => `${r.code} (${r.vacancies})`).join(', ');
    lines.push(`Unmatched ${u.referralId}: ${u.childrenUnplaced} child(ren) not placed; ${reasons}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Registers `placewise match` (rank vacancies for one referral) and `placewise assign` (optimal batch
 * assignment of many referrals), both reading model-shaped JSON and locating postcodes with the embedded
 * postcode-sector table of `@placewise/geo`.
 */
export function registerMatch(program: Command, io: CliIo): void {
  program
    .command('match')
    .description('Rank vacancies for one referral: eligibility, explained scores and ranks.')
    .requiredOption('--referral <file>', 'JSON file holding one Referral')
    .requiredOption('--vacancies <file>', 'JSON file holding an array of Vacancy')
    .option('--policy <file>', 'JSON file holding a (partial) MatchPolicy')
    .option('--top <n>', 'how many ranked vacancies to show and explain', '10')
    .option('--json', 'print the matchReferral result as JSON')
    .action(
      async (options: {
        referral: string;
        vacancies: string;
        policy?: string;
        top: string;
        json?: boolean;
      }) => {
        const top = Number(options.top);
        if (!Number.isInteger(top) || top < 0) throw new CliExit(1, '--top must be a whole number.');
        const issues: Issue[] = [];
        const [referral] = parseAll(
          Referral,
          await readJson(options.referral),
          options.referral,
          false,
          issues,
        );
        const vacancies = parseAll(
          Vacancy,
          await readJson(options.vacancies),
          options.vacancies,
          true,
          issues,
        );
        const policy = await readPolicy(options.policy, issues);
        stopOnErrors(issues);
        if (!referral) throw new CliExit(1);
        const locator = createSectorLocator();
        const result = matchReferral(referral, prepareVacancies(vacancies, { locator }), {
          locator,
          explain: top,
          ...(policy ? { policy } : {}),
        });
        io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : matchTable(result, top));
      },
    );

  program
    .command('assign')
    .description(
      'Assign many referrals to vacancies at once, maximising the total score (greedy shown beside it).',
    )
    .requiredOption('--referrals <file>', 'JSON file holding an array of Referral')
    .requiredOption('--vacancies <file>', 'JSON file holding an array of Vacancy')
    .option('--policy <file>', 'JSON file holding a (partial) MatchPolicy')
    .option('--fairness <mode>', "'none' or 'urgency' (children needed soonest placed first)", 'none')
    .option('--json', 'print the assignPlacements result as JSON')
    .action(
      async (options: {
        referrals: string;
        vacancies: string;
        policy?: string;
        fairness: string;
        json?: boolean;
      }) => {
        if (options.fairness !== 'none' && options.fairness !== 'urgency')
          throw new CliExit(1, "--fairness must be 'none' or 'urgency'.");
        const issues: Issue[] = [];
        const referrals = parseAll(
          Referral,
          await readJson(options.referrals),
          options.referrals,
          true,
          issues,
        );
        const vacancies = parseAll(
          Vacancy,
          await readJson(options.vacancies),
          options.vacancies,
          true,
          issues,
        );
        const policy = await readPolicy(options.policy, issues);
        stopOnErrors(issues);
        const locator = createSectorLocator();
        const result = assignPlacements(referrals, prepareVacancies(vacancies, { locator }), {
          locator,
          fairness: options.fairness,
          ...(policy ? { policy } : {}),
        });
        io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : assignTable(result));
      },
    );
}
