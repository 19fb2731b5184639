import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOnspdIndex, createOnspdIndexBuilder } from './onspd-builder.js';
import { loadOnspdIndex } from './onspd-locator.js';
import { createSectorLocator } from './sector-locator.js';

const sample = readFileSync(join(import.meta.dirname, '../test/fixtures/onspd-sample.csv'), 'utf8');
const rows = sample.trim().split('\n').slice(1);

/** The same rows under the newer ONSPD column names, with extra columns, quotes and CRLF. */
function newSpelling(): string {
  const lines = ['"pcd7","doterm","east1m","north1m","osgrdind","lad25cd","ctry25cd"'];
  for (const row of rows) {
    const [pcds = '', e, n, la] = row.split(',');
    const [outward = '', inward = ''] = pcds.split(' ');
    lines.push(`"${outward.padEnd(4)}${inward}","","${e}","${n}","1","${la}","E92000001"`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

describe('buildOnspdIndex + loadOnspdIndex', () => {
  it('indexes every live row and locates each full postcode exactly', async () => {
    const { value: bytes, summary, issues } = await buildOnspdIndex(sample);
    expect(issues).toEqual([]);
    expect(summary).toMatchObject({ rows: rows.length, indexed: rows.length, duplicates: 0 });
    const { value: locator } = loadOnspdIndex(bytes ?? new Uint8Array());
    expect(locator?.size).toBe(rows.length);
    for (const row of rows) {
      const [pcds = '', e, n, la] = row.split(',');
      const found = locator?.locate(pcds);
      expect(found?.precision).toBe('unit');
      expect(found?.point).toEqual({ easting: Number(e), northing: Number(n) });
      expect(found?.lowerTierAuthority).toBe(la);
    }
  });

  it('reads the newer column spellings, quotes, BOM and CRLF to the same bytes', async () => {
    const old = await buildOnspdIndex(sample);
    const renamed = await buildOnspdIndex(newSpelling());
    expect(renamed.issues).toEqual([]);
    expect(renamed.value).toEqual(old.value);
  });

  it('gives the same index however the bytes are chunked', () => {
    const bytes = new TextEncoder().encode(sample);
    const whole = createOnspdIndexBuilder();
    whole.push(bytes);
    const expected = whole.finish().value;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 20 }), (cuts) => {
        const builder = createOnspdIndexBuilder();
        const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b), bytes.length];
        for (let i = 1; i < points.length; i++) builder.push(bytes.subarray(points[i - 1], points[i]));
        expect(builder.finish().value).toEqual(expected);
      }),
      { numRuns: 10 },
    );
  });

  it('skips and counts terminated postcodes, missing grid references and duplicates', async () => {
    const csv = [
      'pcds,oseast1m,osnrth1m,laua,doterm,osgrdind',
      'LS6 1AG,428856,435354,E08000035,,1',
      'LS6 1AQ,428945,435426,E08000035,202001,1',
      'LS6 1AX,,,E08000035,,9',
      'LS6 1AG,1,1,E08000035,,1',
      'not-a-postcode,1,1,E08000035,,1',
    ].join('\n');
    const { value, summary } = await buildOnspdIndex(csv);
    expect(summary).toEqual({
      rows: 5,
      indexed: 1,
      terminated: 1,
      withoutGridReference: 1,
      unreadable: 1,
      duplicates: 1,
    });
    const locator = loadOnspdIndex(value ?? new Uint8Array()).value;
    expect(locator?.locate('LS6 1AG')?.point).toEqual({ easting: 428856, northing: 435354 });
    expect(locator?.locate('LS6 1AQ')).toBeUndefined();
  });

  it('locates sectors and districts as the mean of their postcodes', async () => {
    const { value } = await buildOnspdIndex(sample);
    const locator = loadOnspdIndex(value ?? new Uint8Array()).value;
    const sector = rows.filter((r) => r.startsWith('LS6 1'));
    const mean = Math.round(sector.reduce((s, r) => s + Number(r.split(',')[1]), 0) / sector.length);
    expect(locator?.locate('LS6 1')).toMatchObject({ precision: 'sector', authority: 'E08000035' });
    expect(locator?.locate('LS6 1')?.point.easting).toBe(mean);
    expect(locator?.locate('LS6')?.precision).toBe('district');
  });

  it('falls back to another locator for what it does not hold', async () => {
    const { value } = await buildOnspdIndex(sample);
    const locator = loadOnspdIndex(value ?? new Uint8Array(), { fallback: createSectorLocator() }).value;
    expect(locator?.locate('CF10 1AA')?.precision).toBe('sector');
  });

  // derivePlacements and the indicators ask for a child's postcodes placement by placement, with no memory
  // of their own: the locator answers a postcode asked again without parsing it or asking its fallback again.
  it('remembers its answers, found or not', async () => {
    const { value } = await buildOnspdIndex(sample);
    const sectors = createSectorLocator();
    const asked: string[] = [];
    const fallback = {
      locate: (input: string) => {
        asked.push(input);
        return sectors.locate(input);
      },
    };
    const locator = loadOnspdIndex(value ?? new Uint8Array(), { fallback }).value;
    const first = locator?.locate('LS6 1AG');
    expect(locator?.locate('LS6 1AG')).toBe(first);
    expect(locator?.locate('CF10 1AA')?.precision).toBe('sector');
    expect(locator?.locate('CF10 1AA')?.precision).toBe('sector');
    expect(locator?.locate('not a postcode')).toBeUndefined();
    expect(locator?.locate('not a postcode')).toBeUndefined();
    expect(asked).toEqual(['CF10 1AA', 'not a postcode']);
  });

  it('reports progress and a missing column as one whole-file issue', async () => {
    const seen: number[] = [];
    await buildOnspdIndex(sample, { onProgress: (n) => seen.push(n), progressEvery: 500 });
    expect(seen).toEqual([500, 1000, 1500, 2000]);
    const bad = await buildOnspdIndex('pcds,laua\nLS6 1AG,E08000035\n', { file: 'onspd.csv' });
    expect(bad.value).toBeUndefined();
    expect(bad.issues.map((i) => i.code)).toEqual(['onspd.missing-column', 'onspd.missing-column']);
    expect(bad.summary.unreadable).toBe(1);
  });

  it('rejects bytes that are not an index with an issue, never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const { value, issues } = loadOnspdIndex(bytes);
        expect(value).toBeUndefined();
        expect(issues[0]?.code).toBe('geo.index.invalid');
      }),
    );
  });
});
