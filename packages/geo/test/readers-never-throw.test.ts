/**
 * The ONSPD readers take files from outside: whatever the bytes or text, they answer with issues, never an
 * exception. `loadOnspdIndex` gets index-shaped bytes (a real header over a lying body, and a real index with
 * bytes changed); the builder gets mutated ONSPD CSV in arbitrary chunks, and keeps every row counted once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOnspdIndex, createOnspdIndexBuilder, loadOnspdIndex } from '../src/index.js';

const sample = readFileSync(join(import.meta.dirname, 'fixtures/onspd-sample.csv'), 'utf8');
const lines = sample.trim().split('\n');
const small = `${lines.slice(0, 40).join('\n')}\n`;

/** 16-byte header (magic 'PWPX', version 1, count, metadata length) over the given metadata and body. */
function indexBytes(n: number, meta: string, body: Uint8Array, metaLength?: number): Uint8Array {
  const json = new TextEncoder().encode(meta);
  const bytes = new Uint8Array(16 + json.length + body.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x58505750, true);
  view.setUint32(4, 1, true);
  view.setUint32(8, n, true);
  view.setUint32(12, metaLength ?? json.length, true);
  bytes.set(json, 16);
  bytes.set(body, 16 + json.length);
  return bytes;
}

const junkJson = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom({ toString: 1 }, { valueOf: 'x' }, null),
);
const count = fc.oneof(fc.nat(8), fc.constantFrom(2 ** 31, 2 ** 32 - 1, 0x66666667, 0x40000000, 0x80000001));
/** Metadata that passes the shape checks (starts one longer than districts, ending at the count) but lies inside. */
const lyingIndex = fc
  .tuple(
    count,
    fc.array(fc.oneof(fc.constant('B1'), fc.constant('LS6'), junkJson), { maxLength: 3 }),
    fc.array(fc.oneof(fc.integer({ min: -5, max: 2 ** 33 }), junkJson), { maxLength: 3 }),
    fc.array(fc.oneof(fc.constant('E08000035'), junkJson), { maxLength: 3 }),
    fc.uint8Array({ maxLength: 120 }),
    fc.option(fc.constantFrom(0, 2 ** 32 - 1, 2 ** 31, 2 ** 32 - 17)),
  )
  .map(([n, districts, early, authorities, body, length]) => {
    const starts = districts.map((_, i) => early[i] ?? i);
    const meta = JSON.stringify({ districts, starts: [...starts, n], authorities });
    return indexBytes(n, meta, body, length ?? undefined);
  });

const validIndex = createOnspdIndexBuilder();
validIndex.push(small);
const built = validIndex.finish().value ?? new Uint8Array();
const changedIndex = fc
  .array(fc.tuple(fc.nat(built.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
  .chain((edits) =>
    fc.nat(built.length).map((cut) => {
      const bytes = built.slice(0, Math.max(cut, 16));
      for (const [at, byte] of edits) if (at < bytes.length) bytes[at] = byte;
      return bytes;
    }),
  );

const PROBES = ['B1 1AA', 'B1 1', 'B1', 'LS6 1AA', 'ZZ9 9ZZ'];

describe('loadOnspdIndex', () => {
  it('answers index-shaped bytes that lie with geo.index.invalid, never a throw; a loaded index locates without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(lyingIndex, changedIndex), (bytes) => {
        const { value, issues } = loadOnspdIndex(bytes);
        expect(Array.isArray(issues)).toBe(true);
        if (value === undefined) expect(issues[0]?.code).toBe('geo.index.invalid');
        else for (const p of PROBES) value.locate(p);
      }),
      {
        numRuns: 200,
        examples: [
          // Found by this property: a district name written as an object with its own toString key threw
          // "Cannot convert object to primitive value" while the index was read.
          [
            indexBytes(
              0,
              '{"districts":[{"toString":1}],"starts":[0,0],"authorities":[]}',
              new Uint8Array(4),
            ),
          ],
          // A district that starts past the end of the columns.
          [indexBytes(0, '{"districts":["B1"],"starts":[5,0],"authorities":[]}', new Uint8Array())],
        ],
      },
    );
  });

  it('reports a district name that is not text as geo.index.invalid', () => {
    const bytes = indexBytes(
      0,
      '{"districts":[{"toString":1}],"starts":[0,0],"authorities":[]}',
      new Uint8Array(4),
    );
    expect(loadOnspdIndex(bytes).issues.map((i) => i.code)).toEqual(['geo.index.invalid']);
  });
});

const noise = fc.constantFrom('"', ',', '\r', '\n', '\uFEFF', '\u0000', '\uD800', ' ', 'x', '9', '-');
const onspdText = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(), fc.nat(4), noise), { maxLength: 10 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([edits, end]) => {
    let out = small.replaceAll('\n', end);
    for (const [at, cut, insert] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i + cut);
    }
    return out;
  });

describe('buildOnspdIndex', () => {
  it('never throws on any text, chunked anywhere, and counts every data row once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(onspdText, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.boolean(),
        async (text, cuts, asBytes) => {
          const whole = asBytes ? new TextEncoder().encode(text) : text;
          const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, i) => whole.slice(from, [...at, whole.length][i]));
          const { summary, issues } = await buildOnspdIndex(chunks as Iterable<string | Uint8Array>);
          expect(Array.isArray(issues)).toBe(true);
          const s = summary;
          expect(s.indexed + s.terminated + s.withoutGridReference + s.unreadable + s.duplicates).toBe(
            s.rows,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
