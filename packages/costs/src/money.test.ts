import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPounds, poundsToPence } from './money.js';

describe('formatPounds', () => {
  it('formats pence the en-GB way', () => {
    expect(formatPounds(412050)).toBe('£4,120.50');
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(100000000)).toBe('£1,000,000.00');
    expect(formatPounds(-1999)).toBe('-£19.99');
  });

  it('shows no amount as a dash, not £NaN (the median of a group with no fee)', () => {
    expect(formatPounds(Number.NaN)).toBe('—');
    expect(formatPounds(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatPounds(0)).toBe('£0.00');
  });
});

describe('poundsToPence', () => {
  it('reads the forms people type', () => {
    expect(poundsToPence('£4,120.50').value).toBe(412050);
    expect(poundsToPence('4120.5').value).toBe(412050);
    expect(poundsToPence(' 4120 ').value).toBe(412000);
    expect(poundsToPence('.5').value).toBe(50);
    expect(poundsToPence(4120.5).value).toBe(412050);
    expect(poundsToPence(0.07).value).toBe(7);
  });

  it('says why an amount was refused, with its location', () => {
    const at = { file: 'fees.csv', row: 3, column: 'amount' };
    expect(poundsToPence('', { location: at }).issues[0]).toMatchObject({
      code: 'money.missing',
      severity: 'error',
      location: at,
    });
    expect(poundsToPence('4,12').issues[0]?.code).toBe('money.malformed');
    expect(poundsToPence('abc').issues[0]?.code).toBe('money.malformed');
    expect(poundsToPence('10.505').issues[0]?.code).toBe('money.too-precise');
    expect(poundsToPence(10.505).issues[0]?.code).toBe('money.too-precise');
    expect(poundsToPence('-5').issues[0]?.code).toBe('money.negative');
    expect(poundsToPence('-5', { allowNegative: true }).value).toBe(-500);
    expect(poundsToPence(Number.NaN).value).toBeUndefined();
  });

  it('round-trips with formatPounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (pence) => {
        expect(poundsToPence(formatPounds(pence)).value).toBe(pence);
      }),
    );
  });
});
