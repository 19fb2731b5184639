import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { runCli } from '../program.js';

describe('placewise costs project says how many records its spend rests on', () => {
  it('when some are rejected, beside the count of placements', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-costs-records-'));
    const file = join(dir, 'placements.json');
    // As a finance system exported it: 5 entries, of which a cost typed as "n/a", a category no one
    // uses and a missing cost are rejected; 2 placements (one home at £5,000, one agency foster placement
    // at £900) are left.
    await writeFile(
      file,
      JSON.stringify([
        { category: 'childrens-home', weeklyCost: 5000 },
        { category: 'childrens-home', weeklyCost: 'n/a' },
        { category: 'fostering-agency', weeklyCost: 900 },
        { category: 'unknown-thing', weeklyCost: 700 },
        { category: 'fostering-agency' },
      ]),
    );
    const c = capture();
    expect(await runCli(['costs', 'project', file], c.io)).toBe(1);
    // 5,000 + 900 = 5,900 a week.
    expect(c.out()).toContain('Current spend (as of');
    expect(c.out()).toContain(': 2 placements (of 5 records read), £5,900.00 a week,');
  });

  it('and says nothing more when every record is a placement', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-costs-records-'));
    const file = join(dir, 'placements.json');
    await writeFile(file, JSON.stringify([{ category: 'childrens-home', weeklyCost: 5000 }]));
    const c = capture();
    expect(await runCli(['costs', 'project', file], c.io)).toBe(0);
    expect(c.out()).toContain(': 1 placements, £5,000.00 a week,');
  });
});
