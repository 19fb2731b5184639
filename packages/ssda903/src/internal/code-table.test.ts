import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeTable, findCode } from './code-table.js';

describe('findCode', () => {
  it('finds a code exactly when the map of the codes has the text, without copying it', () => {
    const char = fc.constantFrom('A', 'B', 'Z', 'a', '0', '1', '9', ' ', '-', '\u00e9', '\t');
    const code = fc.string({ unit: char, minLength: 1, maxLength: 9 });
    let found = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(code, { maxLength: 60 }),
        fc.array(code, { maxLength: 20 }),
        (codes, others) => {
          const table = codeTable(codes);
          const plain = new Set(codes.filter((c) => c.length <= 7 && /^[!-~]+$/.test(c)));
          for (const text of [...codes, ...others]) {
            const line = `x,${text},y`;
            const expected = plain.has(text) ? text : undefined;
            const result = findCode(table, line, 2, 2 + text.length);
            expect(result).toBe(expected);
            if (result !== undefined) found++;
          }
        },
      ),
    );
    expect(found).toBeGreaterThan(100);
  });

  it('holds hundreds of codes, as the ETHNIC and PLACE lists grow', () => {
    const codes = Array.from({ length: 600 }, (_, i) => `C${i.toString(36).toUpperCase()}`);
    const table = codeTable(codes);
    for (const c of codes) expect(findCode(table, c, 0, c.length)).toBe(c);
    expect(findCode(table, 'CZZZ', 0, 4)).toBeUndefined();
  });
});
