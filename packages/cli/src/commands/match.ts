import { assignPlacements, matchReferral } from '@placewise/matching';
import type { Command } from 'commander';
import { writeIssues } from '../internal/issue-lines.js';
import { assignTable, matchTable } from '../internal/match-text.js';
import { readMatchInputs } from '../internal/read-match-inputs.js';
import { topResults } from '../internal/top-results.js';
import { CliExit, type CliIo } from '../io.js';

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
          warnings,
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
        const matched = matchReferral(referral, prepared, { ...matchOptions, explain: top });
        const result = { ...matched, issues: [...warnings, ...matched.issues] };
        if (!options.json) writeIssues(io, result.issues);
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
    .option(
      '--objective <mode>',
      "'total' (the highest total score) or 'max-min' (the worst-off child first)",
      'total',
    )
    .option('--fairness <mode>', "'none' or 'urgency' (children needed soonest placed first)", 'none')
    .option(
      '--time-limit-ms <n>',
      'milliseconds the search may take; the best found by then is shown, with its gap',
      '5000',
    )
    .option('--json', 'print the assignPlacements result as JSON')
    .action(
      async (options: {
        referrals: string;
        vacancies: string;
        policy?: string;
        objective: string;
        fairness: string;
        timeLimitMs: string;
        json?: boolean;
      }) => {
        const invalid = { code: 'cli.invalid-option' };
        if (options.fairness !== 'none' && options.fairness !== 'urgency')
          throw new CliExit(2, "--fairness must be 'none' or 'urgency'.", invalid);
        if (options.objective !== 'total' && options.objective !== 'max-min')
          throw new CliExit(2, "--objective must be 'total' or 'max-min'.", invalid);
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
          objective: options.objective,
          fairness: options.fairness,
          timeLimitMs: Number(options.timeLimitMs),
        });
        io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : assignTable(result));
      },
    );
}
