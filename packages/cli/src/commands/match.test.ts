import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { files, referral, vacancies } from '../../test/match-fixtures.js';
import { runCli } from '../program.js';

describe('placewise match', () => {
  it('prints the matchReferral result as JSON with the issue’s keys', async () => {
    const f = await files({ r: referral('R1'), v: vacancies });
    const c = capture();
    expect(
      await runCli(['match', '--referral', f.r as string, '--vacancies', f.v as string, '--json'], c.io),
    ).toBe(0);
    const result = JSON.parse(c.out());
    expect(result.referralId).toBe('R1');
    expect(result.results.map((r: { vacancyId: string }) => r.vacancyId)).toEqual(['NEAR', 'FAR', 'BOYS']);
    expect(Object.keys(result.results[0])).toEqual([
      'vacancyId',
      'eligible',
      'score',
      'rank',
      'failures',
      'findings',
      'explanation',
    ]);
    expect(result.results[0].explanation[0]).toMatchObject({
      criterion: 'distance-home',
      weight: 3,
      rawLabel: '2.8 miles',
    });
    expect(result.results[2]).toMatchObject({ eligible: false, failures: [{ code: 'sex' }] });
  });

  it('prints a ranked table with the main reasons, honouring --top and --policy', async () => {
    const f = await files({
      r: referral('R1'),
      v: vacancies,
      p: { id: 'test-policy', version: '1', weights: { distanceHome: 10 } },
    });
    const c = capture();
    expect(
      await runCli(
        [
          'match',
          '--referral',
          f.r as string,
          '--vacancies',
          f.v as string,
          '--policy',
          f.p as string,
          '--top',
          '1',
        ],
        c.io,
      ),
    ).toBe(0);
    const out = c.out();
    expect(out).toMatch(/^rank\s+vacancy\s+score\s+main reasons/);
    expect(out).toMatch(/\n1\s+NEAR\s+0\.\d{3}\s+distance-home 2\.8 miles/);
    expect(out).not.toContain('FAR ');
    expect(out).toContain('2 of 3 vacancies eligible. Not eligible: sex 1.');
  });

  it('reports located issues for bad input and exits non-zero, without quoting values', async () => {
    const f = await files({
      r: referral('R1', { dateOfBirth: 'not-a-date' }),
      v: [vacancies[0], { id: 'BAD' }],
    });
    const c = capture();
    expect(await runCli(['match', '--referral', f.r as string, '--vacancies', f.v as string], c.io)).toBe(1);
    expect(c.err()).toMatch(/r\.json: dateOfBirth: /);
    expect(c.err()).toMatch(/v\.json: 1\.setting: /);
    expect(c.err()).not.toContain('not-a-date');
  });
});

describe('placewise assign', () => {
  it('assigns referrals optimally and shows greedy and unmatched referrals', async () => {
    const f = await files({
      rs: [
        referral('R2', { sex: 'male', urgency: 'today' }),
        referral('R1'),
        referral('R3', { siblingCount: 3 }),
      ],
      v: vacancies,
    });
    const c = capture();
    expect(
      await runCli(['assign', '--referrals', f.rs as string, '--vacancies', f.v as string, '--json'], c.io),
    ).toBe(0);
    const result = JSON.parse(c.out());
    expect(result.assignments.map((a: { referralId: string }) => a.referralId)).toEqual(['R1', 'R2']);
    expect(result.greedy).toHaveProperty('totalScore');
    expect(result.unmatched).toEqual([expect.objectContaining({ referralId: 'R3', childrenUnplaced: 4 })]);
    const table = capture();
    expect(
      await runCli(['assign', '--referrals', f.rs as string, '--vacancies', f.v as string], table.io),
    ).toBe(0);
    expect(table.out()).toMatch(/Total score [\d.]+ \(optimal\); greedy [\d.]+/);
    expect(table.out()).toContain('Unmatched R3: 4 child(ren) not placed; not-enough-places (3)');
  });

  it('rejects a referrals file that is not an array', async () => {
    const f = await files({ rs: referral('R1'), v: vacancies });
    const c = capture();
    expect(await runCli(['assign', '--referrals', f.rs as string, '--vacancies', f.v as string], c.io)).toBe(
      1,
    );
    expect(c.err()).toContain('Expected a JSON array.');
  });
});
