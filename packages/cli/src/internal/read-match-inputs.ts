import { createSectorLocator } from '@placewise/geo';
import { type MatchPolicyInput, prepareVacancies } from '@placewise/matching';
import { type Issue, MatchPolicyFile, Referral, readPdsReferral, Vacancy } from '@placewise/model';
import { CliExit, type CliIo } from '../io.js';
import { parseRecords } from './parse-records.js';
import { readJson } from './read-json.js';

/** Ends the command with exit 1, listing every error issue, if there are any. */
function stopOnErrors(issues: readonly Issue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  const lines = errors.map(
    (i) =>
      `${i.location.file ?? ''}${i.location.path?.length ? `: ${i.location.path.join('.')}` : ''}: ${i.message}`,
  );
  throw new CliExit(1, `${errors.length} issue(s) in the input:\n${lines.join('\n')}`, { issues: errors });
}

export interface MatchInputFiles {
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
export async function readMatchInputs(files: MatchInputFiles, io: CliIo) {
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
    /** What reading found short of an error (a PDS v2 `neededBy` left out…), for the result's `issues`. */
    warnings: issues,
    prepared: prepareVacancies(vacancies, { locator }),
    options: { locator, ...(policy ? { policy } : {}) },
  };
}
