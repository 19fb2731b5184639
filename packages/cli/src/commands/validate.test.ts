import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { runCli } from '../program.js';

const dir = mkdtempSync(join(tmpdir(), 'placewise-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const referral = {
  id: 'R1',
  childId: 'C0001',
  dateOfBirth: '2011-09-01',
  sex: 'female',
  neededBy: '2025-01-10',
  urgency: 'within-5-days',
  responsibleAuthority: 'E08000035',
};

describe('placewise validate', () => {
  it('accepts a valid object, with the entity named in any case', async () => {
    const c = capture();
    expect(await runCli(['validate', 'referral', file('ok.json', referral)], c.io)).toBe(0);
    expect(c.out()).toBe('ok.json: 1 valid Referral record(s).\n');
  });

  it('prints located issues for an array and exits non-zero', async () => {
    const c = capture();
    const path = file('bad.json', [referral, { ...referral, dateOfBirth: '01/09/2011', urgency: 'soon' }]);
    expect(await runCli(['validate', 'Referral', path], c.io)).toBe(1);
    expect(c.out()).toContain('bad.json: 2 issue(s) as Referral.');
    expect(c.out()).toMatch(/^1\.dateOfBirth: /m);
    expect(c.out()).toMatch(/^1\.urgency: /m);
    expect(c.out()).not.toContain('01/09/2011');
  });

  it('prints { valid, issues } with --json', async () => {
    const c = capture();
    const path = file('child.json', { id: 'C1', sex: 'x', dateOfBirth: '2012-01-01' });
    expect(await runCli(['validate', 'child', path, '--json'], c.io)).toBe(1);
    const parsed = JSON.parse(c.out());
    expect(parsed.valid).toBe(false);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'schema.invalid_value', location: { file: path, path: ['sex'] } }),
    ]);
  });

  it('prints valid: true with --json for good input', async () => {
    const c = capture();
    const path = file('la.json', [{ code: 'E08000035', name: 'Leeds', nation: 'england' }]);
    expect(await runCli(['validate', 'LocalAuthority', path, '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toEqual({ valid: true, issues: [] });
  });

  it('names the file when it is not JSON, without quoting its content', async () => {
    const c = capture();
    const path = file('broken.json', '{"childId": "SECRET-ID",');
    expect(await runCli(['validate', 'child', path], c.io)).toBe(2);
    expect(c.err()).toContain(`${path} is not valid JSON`);
    expect(c.err()).not.toContain('SECRET-ID');
  });

  it('names the file when it cannot be read', async () => {
    const c = capture();
    const path = join(dir, 'missing.json');
    expect(await runCli(['validate', 'child', path], c.io)).toBe(2);
    expect(c.err()).toBe(`Cannot read ${path}: no such file or directory.\n`);
  });

  it('exits non-zero for an unknown entity, listing the known ones', async () => {
    const c = capture();
    expect(await runCli(['validate', 'pony', file('x.json', {})], c.io)).toBe(2);
    expect(c.err()).toContain('Unknown entity "pony"');
    expect(c.err()).toContain('Referral');
  });
});
