import fc from 'fast-check';
import { validCodes } from '../src/internal/codes.js';
import { type FieldSpec, TABLE_FIELDS } from '../src/internal/fields.js';
import type { Ssda903Records } from '../src/records.js';
import type { Ssda903Table } from '../src/table.js';

/** Synthetic, normalised postcodes (units and sectors) that the model's parser accepts. */
export const POSTCODES = [
  'LS6 1AA',
  'LS8 2BB',
  'HX1 1AA',
  'BD1 1AA',
  'M1 1AA',
  'SW1A 1AA',
  'CF10 1AA',
  'EH1 1AA',
  'LS6 1',
];

const isoDate = fc
  .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const id = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);
// Free text may hold commas, quotes and line breaks; the writer must quote them.
const text = fc
  .string({
    unit: fc.constantFrom('a', 'Z', '9', ',', '"', ' ', '\n', 'ô', '-'),
    minLength: 1,
    maxLength: 12,
  })
  .filter((s) => s.trim() === s && s !== '');

function arbitraryFor(field: FieldSpec): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'id':
      return id;
    case 'text':
      return text;
    case 'date':
      return isoDate;
    case 'code': {
      const codes = field.list ? [...validCodes(field.list, undefined)] : [...(field.codes ?? [])];
      return fc.constantFrom(...codes);
    }
    case 'sex':
      return fc.constantFrom('male', 'female', 'unknown');
    case 'flag':
      return fc.boolean();
    case 'int':
      return fc.integer({ min: 0, max: 40 });
    case 'postcode':
      return fc.constantFrom(...POSTCODES);
    case 'upn':
      return fc.constantFrom('A123456789012', 'B98765432101C', 'UN1', 'UN5');
  }
}

/** Any record of a table as the reader would accept it (optional values sometimes absent). */
export function recordOf<T extends Ssda903Table>(table: T): fc.Arbitrary<Ssda903Records[T]> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of TABLE_FIELDS[table]) {
    shape[field.key] = field.required
      ? arbitraryFor(field)
      : fc.option(arbitraryFor(field), { nil: undefined });
  }
  return fc.record(shape).map((raw) => {
    const record: Record<string, unknown> = Object.fromEntries(
      Object.entries(raw).filter(([, v]) => v !== undefined),
    );
    if (table === 'Header') record.uasc = false;
    if (table === 'Episodes') {
      const start = record.start as string;
      const end = record.end as string | undefined;
      if (end !== undefined && end < start) [record.start, record.end] = [end, start];
      // P2 may not start after 28 October 2023; the reader rightly rejects it.
      if (record.placementType === 'P2' && (record.start as string) > '2023-10-28')
        record.placementType = 'U4';
    }
    return record as unknown as Ssda903Records[T];
  });
}
