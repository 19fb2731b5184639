import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SSDA903_COLUMNS, type Ssda903Table } from '../table.js';
import { TABLE_FIELDS } from './fields.js';
import { recordBuilder } from './record-builder.js';

const TABLES = Object.keys(SSDA903_COLUMNS) as Ssda903Table[];

describe('recordBuilder', () => {
  it("makes each table's records with the keys of TABLE_FIELDS in order, leaving out values not read", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TABLES).chain((table) =>
          fc.tuple(
            fc.constant(table),
            fc.array(fc.oneof(fc.constant(undefined), fc.string(), fc.boolean(), fc.integer()), {
              minLength: TABLE_FIELDS[table].length,
              maxLength: TABLE_FIELDS[table].length,
            }),
          ),
        ),
        ([table, values]) => {
          const record = recordBuilder(table)(values);
          // Recounted by key, as the fields list them; the Header table's uasc comes last, false until the
          // UASC table is read.
          const expected: Record<string, unknown> = {};
          TABLE_FIELDS[table].forEach((spec, i) => {
            if (values[i] !== undefined) expected[spec.key] = values[i];
          });
          if (table === 'Header') expected.uasc = false;
          expect(Object.keys(record)).toEqual(Object.keys(expected));
          expect(record).toStrictEqual(expected);
          expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
        },
      ),
      { numRuns: 500 },
    );
  });
});
