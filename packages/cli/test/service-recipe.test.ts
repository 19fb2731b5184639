import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Vacancy } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { createServer } from '../src/server/create-server.js';
import { outputOf } from './output-of.js';

// The docs recipe's Python client, run against the real service on a loopback port.
const script = fileURLToPath(new URL('../../../docs/examples/call-the-service.py', import.meta.url));
const hasPython = spawnSync('python3', ['--version']).status === 0;

const setting = (id: string, postcode: string, sexes: string[]) => ({
  id,
  type: 'childrens-home',
  category: 'childrens-home',
  registration: 'registered',
  places: 4,
  ageRange: { min: 8, max: 17 },
  sexes,
  ownership: 'voluntary',
  ofsted: { judgement: 'good', date: '2024-06-01' },
  location: { postcode },
});
const vacancies = [
  {
    id: 'V-LEEDS',
    placesFree: 1,
    availableFrom: '2025-01-01',
    setting: setting('S1', 'LS8 2AB', ['male', 'female']),
  },
  { id: 'V-BOYS', placesFree: 1, availableFrom: '2025-01-01', setting: setting('S2', 'LS1 4AP', ['male']) },
].map((v) => Vacancy.parse(v));
const referral = {
  id: 'R1',
  childId: 'C-SYNTH-1',
  dateOfBirth: '2011-09-01',
  sex: 'female',
  neededBy: '2025-01-10',
  urgency: 'within-5-days',
  responsibleAuthority: 'E08000035',
  home: { postcode: 'LS6 1' },
};

describe.skipIf(!hasPython)('the Python recipe for placewise serve', () => {
  it('validates, matches and reads the JSON error object', async () => {
    const server = createServer({ vacancies, version: '1.0.0' });
    const base = await server.listen({ host: '127.0.0.1', port: 0 });
    try {
      const dir = await mkdtemp(join(tmpdir(), 'placewise-py-'));
      // Saved with a byte-order mark, as Windows tools do.
      await writeFile(join(dir, 'referral.json'), `\uFEFF${JSON.stringify(referral)}`);
      const run = await outputOf(spawn('python3', [script, base, join(dir, 'referral.json')]));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^service 1\.0\.0 routes \/healthz, \/v1\/assign, \/v1\/match/);
      // The boys-only home is not eligible for her: one ranked, one of two eligible.
      expect(lines[1]).toMatch(/^1 V-LEEDS 0\.\d+$/);
      expect(lines[2]).toBe('1 of 2 vacancies eligible');
      // The request's unknown key is refused, located at its path (the strict contract of issue 13).
      expect(lines[3]).toBe("refused: input.invalid [['colour']]");
    } finally {
      await server.close();
    }
  });
});
