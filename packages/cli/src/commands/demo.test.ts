import { describe, expect, it } from 'vitest';
import { runCli } from '../program.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

interface Summary {
  seed: number;
  children: number;
  headlines: { label: string; value: string }[];
}

describe('placewise demo', () => {
  it('prints headline figures from each package for the seeded synthetic authority', async () => {
    const { io, out } = capture();
    expect(await runCli(['demo', '--children', '120'], io)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/seed 1/);
    expect(text).toMatch(/Children\s+120\n/);
    for (const label of [
      'Placements',
      'Rule findings',
      'Referrals with an eligible vacancy',
      'Median weekly fee',
    ]) {
      expect(text).toContain(label);
    }
  });

  it('gives the same figures for the same seed, and JSON on request', async () => {
    const first = capture();
    const second = capture();
    expect(await runCli(['demo', '--seed', '3', '--children', '80', '--json'], first.io)).toBe(0);
    expect(await runCli(['demo', '--seed', '3', '--children', '80', '--json'], second.io)).toBe(0);
    const summary = JSON.parse(first.out.join('')) as Summary;
    expect(summary.seed).toBe(3);
    expect(summary.headlines.find((h) => h.label === 'Children')?.value).toBe('80');
    expect(first.out.join('')).toBe(second.out.join(''));
  });

  it('rejects a seed that is not a whole number', async () => {
    const { io, err } = capture();
    expect(await runCli(['demo', '--seed', 'abc'], io)).toBe(2);
    expect(err.join('')).toContain('--seed');
  });
});
