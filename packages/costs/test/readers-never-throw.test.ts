/**
 * Every reader of untrusted input answers junk with issues, never an exception, and (where its TSDoc promises
 * it) keeps records in = accepted + rejected. Inputs are shaped like what each reader takes but wrong in every
 * way: arbitrary values, records keyed by the real column names holding the wrong types, odd strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junkOr } from '../../../test-support/junk.js';
import {
  parsePriceIndexSeries,
  poundsToPence,
  readCurrentPlacements,
  readFeeRecords,
  readFees,
  readSpendScenario,
} from '../src/index.js';

const oddString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '\uFEFF4,120.50',
    '12\u000034',
    '£\r5',
    'NaN',
    'Infinity',
    '-0',
    '1e400',
    '  ',
    '\uD800',
    'week\r',
  ),
);
const junkValue = junkOr(oddString, fc.double());
/** A record keyed by the reader's own column names (and a few others), every value of the wrong kind. */
const recordOf = (keys: readonly string[]) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string(), fc.constant('__proto__')), junkValue, {
    maxKeys: 8,
  });
const FEE_KEYS = [
  'id',
  'amount',
  'unit',
  'from',
  'to',
  'category',
  'providerType',
  'region',
  'ageBand',
  'staffingRatio',
  'inArea',
  'placementId',
  'settingId',
  'socialCare',
  'health',
  'education',
  'contributions',
  'weeklyCost',
  'fee',
];
const entry = fc.oneof(recordOf(FEE_KEYS), junkValue, fc.constant(null));
const entries = fc.array(entry, { maxLength: 8 });

// Found by these properties: `String()` threw "Cannot convert object to primitive value" on an object without
// a prototype, and on one parsed from JSON with its own `toString` key, in any column read as text or amount.
const bare = (): Record<string, unknown> => Object.create(null);
const ownToString = (): unknown => JSON.parse('{"toString":"x"}');

describe('costs readers never throw', () => {
  it('reports an amount parsed from JSON with its own toString key as malformed, located', () => {
    const r = readFeeRecords([{ amount: ownToString(), unit: 'week', from: '2024-04-01' }], {
      file: 'fees.csv',
    });
    expect(r.rejected).toBe(1);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        code: 'money.malformed',
        location: { file: 'fees.csv', row: 1, column: 'amount' },
      }),
    );
  });

  it('readFeeRecords: read = accepted + rejected on records of the wrong types', () => {
    fc.assert(
      fc.property(fc.array(recordOf(FEE_KEYS), { maxLength: 8 }), (rows) => {
        const r = readFeeRecords(rows, { file: 'fees.csv' });
        expect(Array.isArray(r.issues)).toBe(true);
        expect(r.read).toBe(rows.length);
        expect(r.accepted + r.rejected).toBe(r.read);
        expect(r.value.length).toBe(r.accepted);
      }),
      { examples: [[[{ id: bare() }]], [[{ amount: ownToString(), unit: 'week', from: '2024-04-01' }]]] },
    );
  });

  it('readFees: read = accepted + rejected, whatever the list holds', () => {
    fc.assert(
      fc.property(entries, fc.constantFrom('auto', 'pounds', 'pence', undefined), (records, amounts) => {
        const r = readFees(records, amounts ? { amounts } : {});
        expect(Array.isArray(r.issues)).toBe(true);
        expect(r.read).toBe(records.length);
        expect(r.accepted + r.rejected).toBe(r.read);
      }),
      { examples: [[[{ id: [bare()] }], 'pounds']] },
    );
  });

  it('readCurrentPlacements: answers junk entries with issues', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const r = readCurrentPlacements(list, { asOf: '2025-03-31' });
        return Array.isArray(r.issues) && Array.isArray(r.value);
      }),
      {
        examples: [
          [[{ category: 'childrens-home', weeklyCost: ownToString() }]],
          [[{ category: 'childrens-home', weeklyCost: 5200, id: bare() }]],
        ],
      },
    );
  });

  it('readSpendScenario: answers any value with issues', () => {
    const move = recordOf(['from', 'to', 'count', 'weeklyCost', 'fromWeeklyCost']);
    const scenario = fc.oneof(
      junkValue,
      fc.record(
        {
          name: junkValue,
          moves: fc.oneof(junkValue, fc.array(fc.oneof(move, junkValue), { maxLength: 4 })),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(scenario, (raw) => Array.isArray(readSpendScenario(raw).issues)),
      { examples: [[{ moves: [{ fromWeeklyCost: bare() }] }]] },
    );
  });

  it('parsePriceIndexSeries: answers any value with issues', () => {
    const series = fc.oneof(junkValue, recordOf(['name', 'source', 'base', 'values', 'points']));
    fc.assert(fc.property(series, (raw) => Array.isArray(parsePriceIndexSeries(raw).issues)));
  });

  it('poundsToPence: answers any string or number with issues', () => {
    fc.assert(
      fc.property(fc.oneof(oddString, fc.double(), fc.integer()), (input) =>
        Array.isArray(poundsToPence(input).issues),
      ),
    );
  });
});
