import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { files, referral, setting, vacancies } from '../../test/match-fixtures.js';
import { pdsReferral } from '../../test/pds-referral.js';
import { runCli } from '../program.js';

interface JsonFailure {
  error: { code: string; message: string };
  issues: { code: string; message: string; location: { file?: string; path?: unknown[] } }[];
}
/** Runs the CLI with `--json`, giving its exit code, the one JSON document on stdout and stderr. */
async function runJson(args: string[]) {
  const c = capture();
  const exit = await runCli([...args, '--json'], c.io);
  return { exit, out: JSON.parse(c.out()) as JsonFailure, err: c.err() };
}
const located = (failure: JsonFailure) =>
  failure.issues.map((i) => [i.location.file?.split('/').pop(), i.location.path, i.message]);

describe('the CLI names the field a misspelt key most likely meant, with --json', () => {
  it('placewise match --referral with a typo: exit 1, the JSON error object, the key located', async () => {
    const f = await files({ r: referral('R1', { closeTofamily: true }), v: vacancies });
    const { exit, out } = await runJson(['match', '--referral', f.r as string, '--vacancies', f.v as string]);
    expect(exit).toBe(1);
    expect(out.error).toEqual({ code: 'input.invalid', message: '1 issue(s) in the input.' });
    expect(out.issues[0]?.code).toBe('schema.unrecognized_keys');
    expect(located(out)).toEqual([
      ['r.json', ['closeTofamily'], 'unknown field closeTofamily; did you mean closeToFamily?'],
    ]);
    expect(JSON.stringify(out)).not.toMatch(/C-R1|2011-09-01/);
  });

  it('a vacancy’s nested setting and a policy’s weights, each located in its own file', async () => {
    const bad = { ...vacancies[0], setting: setting('S1', 'S1 2AA', { ofsted: { judgment: 'good' } }) };
    const f = await files({
      r: referral('R1'),
      v: [bad],
      p: { id: 'leeds', version: '1', weights: { distanceHom: 4 } },
    });
    const { exit, out } = await runJson([
      'match',
      '--referral',
      f.r as string,
      '--vacancies',
      f.v as string,
      '--policy',
      f.p as string,
    ]);
    expect(exit).toBe(1);
    expect(located(out)).toEqual(
      expect.arrayContaining([
        ['v.json', [0, 'setting', 'ofsted', 'judgment'], 'unknown field judgment; did you mean judgement?'],
        ['p.json', ['weights', 'distanceHom'], 'unknown field distanceHom; did you mean distanceHome?'],
      ]),
    );
  });

  it('placewise match --format pds-v2 with a typo in the envelope', async () => {
    const { PlacementAvailability, ...rest } = pdsReferral;
    const f = await files({ r: { ...rest, PlacementAvailabilty: PlacementAvailability }, v: vacancies });
    const { exit, out } = await runJson([
      'match',
      '--referral',
      f.r as string,
      '--vacancies',
      f.v as string,
      '--format',
      'pds-v2',
    ]);
    expect(exit).toBe(1);
    expect(located(out)).toContainEqual([
      'r.json',
      ['PlacementAvailabilty'],
      'unknown field PlacementAvailabilty; did you mean PlacementAvailability?',
    ]);
  });

  it('placewise assign with a typo in a sibling group’s referral', async () => {
    const group = referral('R2', { siblingCount: 2, siblingSplitAlowed: true });
    const f = await files({ rs: [referral('R1'), group], v: vacancies });
    const { exit, out } = await runJson([
      'assign',
      '--referrals',
      f.rs as string,
      '--vacancies',
      f.v as string,
    ]);
    expect(exit).toBe(1);
    expect(located(out)).toEqual([
      [
        'rs.json',
        [1, 'siblingSplitAlowed'],
        'unknown field siblingSplitAlowed; did you mean siblingSplitAllowed?',
      ],
    ]);
  });

  it('placewise validate MatchPolicy: the report holds the located suggestion', async () => {
    const f = await files({ p: { id: 'leeds', version: '1', halfScoreMiles: { hom: 12 } } });
    const { exit, out } = await runJson(['validate', 'MatchPolicy', f.p as string]);
    expect(exit).toBe(1);
    expect(out.issues.map((i) => [i.location.path, i.message])).toEqual([
      [['halfScoreMiles', 'hom'], 'unknown field hom; did you mean home?'],
    ]);
  });

  it('placewise serve --policy with a typo, or without its id and version, stops before listening', async () => {
    const f = await files({ p: { id: 'leeds', version: '1', weights: { ofstd: 1 } }, bare: { weights: {} } });
    const typo = await runJson(['serve', '--policy', f.p as string, '--port', '0']);
    expect(typo.exit).toBe(1);
    expect(located(typo.out)).toEqual([
      ['p.json', ['weights', 'ofstd'], 'unknown field ofstd; did you mean ofsted?'],
    ]);
    const bare = await runJson(['serve', '--policy', f.bare as string, '--port', '0']);
    expect(bare.exit).toBe(1);
    expect(bare.out.issues.map((i) => i.location.path)).toEqual([['id'], ['version']]);
  });
});
