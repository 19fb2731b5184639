import { describe, expect, it } from 'vitest';
import { capture } from '../../test/capture.js';
import { runCli } from '../program.js';

describe('placewise codes', () => {
  it('prints a table of the codes valid in the year', async () => {
    const c = capture();
    expect(await runCli(['codes', 'PLACE', '--year', '2024-25'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^PLACE codes valid in 2024-25 \(28\)/);
    expect(c.out()).toMatch(/^K3 +Ofsted-registered supported accommodation/m);
    expect(c.out()).toMatch(/^P2 .*not for placements after 2023-10-28; last year 2024-25/m);
    expect(c.out()).not.toMatch(/^Z11/m);
  });

  it('prints JSON with --json, for any case of the list name', async () => {
    const c = capture();
    expect(await runCli(['codes', 'place', '--year', '2025-26', '--json'], c.io)).toBe(0);
    const parsed = JSON.parse(c.out());
    const codes = parsed.codes.map((x: { code: string }) => x.code);
    expect(parsed).toMatchObject({ list: 'PLACE', year: '2025-26' });
    expect(codes).toContain('Z13');
    expect(codes).not.toContain('H5');
  });

  it('lists SEX codes by year', async () => {
    const c = capture();
    await runCli(['codes', 'SEX', '--year', '2023-24', '--json'], c.io);
    expect(JSON.parse(c.out()).codes.map((x: { code: string }) => x.code)).toEqual(['1', '2']);
  });

  it('defaults to the current collection year', async () => {
    const c = capture();
    expect(await runCli(['codes', 'CIN'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^CIN codes valid in \d{4}-\d{2} \(8\)/);
  });

  it('exits non-zero naming the known lists for an unknown list', async () => {
    const c = capture();
    expect(await runCli(['codes', 'NOPE'], c.io)).toBe(2);
    expect(c.err()).toContain('Unknown code list "NOPE"');
    expect(c.err()).toContain('PLACE_PROVIDER');
    expect(c.out()).toBe('');
  });

  it('exits non-zero for a malformed year', async () => {
    const c = capture();
    expect(await runCli(['codes', 'PLACE', '--year', '2024'], c.io)).toBe(2);
    expect(c.err()).toContain('--year');
  });
});
