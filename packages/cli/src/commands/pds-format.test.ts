import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { pdsReferral } from '../../test/pds-referral.js';
import { runCli } from '../program.js';

const dir = mkdtempSync(join(tmpdir(), 'placewise-pds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

const pds = pdsReferral;
const vacancies = [
  {
    id: 'V1',
    placesFree: 1,
    availableFrom: '2025-01-01',
    setting: {
      id: 'S1',
      type: 'childrens-home',
      category: 'childrens-home',
      registration: 'registered',
      places: 4,
      ageRange: { min: 8, max: 17 },
      sexes: ['female'],
      ownership: 'private',
      ofsted: { judgement: 'good', date: '2024-06-01' },
      location: { postcode: 'LS8 2AB' },
    },
  },
];

describe('--format pds-v2', () => {
  it('matches a PDS v2 referral, and the result names its policy', async () => {
    const c = capture();
    const args = ['match', '--referral', file('r.json', pds), '--vacancies', file('v.json', vacancies)];
    expect(await runCli([...args, '--format', 'pds-v2', '--json'], c.io)).toBe(0);
    const result = JSON.parse(c.out());
    expect(result.referralId).toBe('PDS-40213-2025-01-06');
    expect(result.results[0]).toMatchObject({ vacancyId: 'V1', eligible: true, rank: 1 });
    expect(result.policyStamp).toMatchObject({ id: 'placewise-default', version: '2026-11' });
  });

  it('validates a PDS v2 referral, and locates an unknown label', async () => {
    const ok = capture();
    expect(await runCli(['validate', 'Referral', file('ok.json', pds), '--format', 'pds-v2'], ok.io)).toBe(0);
    const bad = capture();
    const wrong = { ...pds, PlacementRequirements: { ...pds.PlacementRequirements, pets: 'yes' } };
    expect(
      await runCli(['validate', 'Referral', file('bad.json', wrong), '--format', 'pds-v2'], bad.io),
    ).toBe(1);
    expect(bad.out()).toMatch(
      /^PlacementRequirements\.pets: unknown label; the standard's labels are Yes - must/m,
    );
  });

  it('requires a policy file to name its id and version', async () => {
    const c = capture();
    const args = [
      'match',
      '--referral',
      file('r2.json', pds),
      '--format',
      'pds-v2',
      '--vacancies',
      file('v2.json', vacancies),
    ];
    expect(await runCli([...args, '--policy', file('p.json', { weights: { cost: 0 } })], c.io)).toBe(1);
    expect(c.err()).toMatch(/p\.json: id: /);
    expect(c.err()).toMatch(/p\.json: version: /);
  });
});
