import { RESULT_SCHEMAS } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { files, referral, vacancies } from '../../test/match-fixtures.js';
import { pdsReferral } from '../../test/pds-referral.js';
import { runCli } from '../program.js';

async function run(args: string[]) {
  const c = capture();
  const exit = await runCli(args, c.io);
  return { exit, out: JSON.parse(c.out()) };
}

describe('placewise match and assign: what --json prints fits the published result schemas', () => {
  it('match --top 1 prints a valid MatchResult with the counts of the rest', async () => {
    const f = await files({ r: referral('R1'), v: vacancies });
    const { exit, out } = await run([
      'match',
      '--referral',
      f.r as string,
      '--vacancies',
      f.v as string,
      '--top',
      '1',
      '--json',
    ]);
    expect(exit).toBe(0);
    expect(RESULT_SCHEMAS.MatchResult.safeParse(out).error?.issues ?? []).toEqual([]);
    // Of three vacancies NEAR is shown; FAR (eligible, further) and BOYS (boys only) are counted.
    expect(out.results.map((r: { vacancyId: string }) => r.vacancyId)).toEqual(['NEAR']);
    expect(out).toMatchObject({
      eligibleCount: 2,
      vacancyCount: 3,
      omittedCount: 2,
      omitted: { eligible: 1, ineligible: 1 },
    });
  });

  it('match --format pds-v2 keeps the reading warnings in the result’s issues, and says them on stderr', async () => {
    const { neededBy: _, ...availability } = pdsReferral.PlacementAvailability;
    const f = await files({ r: { ...pdsReferral, PlacementAvailability: availability }, v: vacancies });
    const args = ['match', '--referral', f.r as string, '--vacancies', f.v as string, '--format', 'pds-v2'];
    const { exit, out } = await run([...args, '--json']);
    expect(exit).toBe(0);
    const warning = {
      code: 'pds.needed-by-missing',
      severity: 'warning',
      location: { file: f.r, path: ['PlacementAvailability', 'neededBy'] },
    };
    expect(out.issues).toContainEqual(expect.objectContaining(warning));
    const text = capture();
    expect(await runCli(args, text.io)).toBe(0);
    expect(text.err()).toMatch(
      /^warning .*r\.json, PlacementAvailability\.neededBy: .*\(pds\.needed-by-missing\)$/m,
    );
  });

  it('assign --objective max-min --time-limit-ms prints a valid AssignmentResult made that way', async () => {
    const f = await files({ rs: [referral('R1'), referral('R2', { urgency: 'today' })], v: vacancies });
    const args = ['assign', '--referrals', f.rs as string, '--vacancies', f.v as string];
    const { exit, out } = await run([...args, '--objective', 'max-min', '--time-limit-ms', '2000', '--json']);
    expect(exit).toBe(0);
    expect(RESULT_SCHEMAS.AssignmentResult.safeParse(out).error?.issues ?? []).toEqual([]);
    expect(out.objective).toBe('max-min');
    expect(out.assignments.map((a: { referralId: string }) => a.referralId).sort()).toEqual(['R1', 'R2']);
  });

  it.each([
    [['--objective', 'best'], "--objective must be 'total' or 'max-min'."],
    [['--fairness', 'kind'], "--fairness must be 'none' or 'urgency'."],
    [['--time-limit-ms', '0'], '--time-limit-ms must be a whole number from 1 to 600000.'],
  ])('assign %j exits 2 with the JSON error object', async (flags, message) => {
    const f = await files({ rs: [referral('R1')], v: vacancies });
    const args = ['assign', '--referrals', f.rs as string, '--vacancies', f.v as string];
    const { exit, out } = await run([...args, ...flags, '--json']);
    expect(exit).toBe(2);
    expect(out).toEqual({ error: { code: 'cli.invalid-option', message }, issues: [] });
  });
});
