import { createSectorLocator } from '@placewise/geo';
import {
  type AssignmentResult,
  assignPlacements,
  type MatchPolicyInput,
  type MatchResult,
  matchReferral,
  prepareVacancies,
} from '@placewise/matching';
import { type Issue, MatchPolicyFile, Referral, readPdsReferral, Vacancy } from '@placewise/model';
import type { Command } from 'commander';
import { parseRecords } from '../internal/parse-records.js';
import { readJson } from '../internal/read-json.js';
import { topResults } from '../internal/top-results.js';
import { CliExit, type CliIo } from '../io.js';

function stopOnErrors(issues: readonly Issue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  const lines = errors.map(
    (i) =>
      `${i.location.file ?? ''}${i.location.path?.length ? `: ${i.location.path.join('.')}` : ''}: ${i.message}`,
  );
  throw new CliExit(1, `${errors.length} issue(s) in the input:\n${lines.join('\n')}`, { issues: errors });
}

interface MatchInputFiles {
  referrals: string;
  /** Whether the referrals file holds an array (`assign`) rather than one referral (`match`). */
  manyReferrals: boolean;
  vacancies: string;
  policy?: string | undefined;
  /** How the referral file is written: the model's shape, or a Placements Data Standard v2 referral. */
  format?: string | undefined;
}

/** Reads the referral(s) in the model's shape or, with `--format pds-v2`, as PDS v2 referrals. */
function readReferrals(data: unknown, files: MatchInputFiles, issues: Issue[]): Referral[] {
  if (files.format !== 'pds-v2')
    return parseRecords(Referral, data, files.referrals, files.manyReferrals, issues);
  const records = files.manyReferrals && Array.isArray(data) ? data : [data];
  return records.flatMap((record, index) => {
    const path = files.manyReferrals ? [index] : [];
    const read = readPdsReferral(record, { location: { file: files.referrals, path } });
    issues.push(...read.issues);
    return read.value ? [read.value] : [];
  });
}

/** Reads and checks the referral(s), vacancies and optional policy, stopping on any error, and prepares the vacancies. */
async function readMatchInputs(files: MatchInputFiles, io: CliIo) {
  const issues: Issue[] = [];
  if (files.format !== undefined && files.format !== 'placewise' && files.format !== 'pds-v2')
    throw new CliExit(2, "--format must be 'placewise' or 'pds-v2'.", { code: 'cli.invalid-option' });
  const referrals = readReferrals(await readJson(files.referrals, io), files, issues);
  const vacancies = parseRecords(Vacancy, await readJson(files.vacancies, io), files.vacancies, true, issues);
  const policy: MatchPolicyInput | undefined = files.policy
    ? parseRecords(MatchPolicyFile, await readJson(files.policy, io), files.policy, false, issues)[0]
    : undefined;
  stopOnErrors(issues);
  const locator = createSectorLocator();
  return {
    referrals,
    prepared: prepareVacancies(vacancies, { locator }),
    options: { locator, ...(policy ? { policy } : {}) },
  };
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
    .option('--policy <file>', 'JSON file holding a MatchPolicy (with its id and version)')
    .option('--format <format>', "how the referral is written: 'placewise' or 'pds-v2'", 'placewise')
    .option('--top <n>', 'how many ranked vacancies to show and explain', '10')
    .option('--json', 'print the matchReferral result as JSON')
    .action(
      async (options: {
        referral: string;
        vacancies: string;
        policy?: string;
        format: string;
        top: string;
        json?: boolean;
      }) => {
        const top = Number(options.top);
        const {
          referrals,
          prepared,
          options: matchOptions,
        } = await readMatchInputs(
          {
            referrals: options.referral,
            manyReferrals: false,
            vacancies: options.vacancies,
            policy: options.policy,
            format: options.format,
          },
          io,
        );
        const [referral] = referrals;
        if (!referral) throw new CliExit(1);
        const result = matchReferral(referral, prepared, { ...matchOptions, explain: top });
        io.stdout(
          options.json ? `${JSON.stringify(topResults(result, top), null, 2)}\n` : matchTable(result, top),
        );
      },
    );

  program
    .command('assign')
    .description(
      'Assign many referrals to vacancies at once, maximising the total score (greedy shown beside it).',
    )
    .requiredOption('--referrals <file>', 'JSON file holding an array of Referral')
    .requiredOption('--vacancies <file>', 'JSON file holding an array of Vacancy')
    .option('--policy <file>', 'JSON file holding a MatchPolicy (with its id and version)')
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
          throw new CliExit(2, "--fairness must be 'none' or 'urgency'.");
        const {
          referrals,
          prepared,
          options: assignOptions,
        } = await readMatchInputs(
          {
            referrals: options.referrals,
            manyReferrals: true,
            vacancies: options.vacancies,
            policy: options.policy,
          },
          io,
        );
        const result = assignPlacements(referrals, prepared, {
          ...assignOptions,
          fairness: options.fairness,
        });
        io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : assignTable(result));
      },
    );
}
