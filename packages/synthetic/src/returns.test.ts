import { createSectorLocator } from '@placewise/geo';
import { readReturn } from '@placewise/ssda903';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateAuthority } from './generate-authority.js';
import { returnForYear, syntheticAuthorityReturn, writeSyntheticReturns } from './returns.js';

const locator = createSectorLocator();

function filesOf(files: { name: string; content: string }[], prefix: string) {
  return files.filter((f) => f.name.startsWith(prefix));
}

describe('writeSyntheticReturns', () => {
  it('round-trips exactly through the SSDA903 writer and reader with zero issues, every year', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 120 }),
        // The newest supported collection year is 2026-27 (three years from 2024).
        fc.integer({ min: 2019, max: 2024 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, children, startYear, years) => {
          const la = generateAuthority({ seed, children, startYear, years });
          const { files } = writeSyntheticReturns(la);
          for (const year of la.collectionYears) {
            const read = readReturn(filesOf(files, `${year}/`), { collectionYear: year, locator });
            // 2026-27's code lists are not confirmed; reading says so once, and nothing else.
            expect(read.issues.filter((i) => i.code !== 'year.unconfirmed')).toEqual([]);
            const expected = returnForYear(la, year).value;
            expect(read.value.children).toEqual(expected.children);
            expect(read.value.episodes).toEqual(expected.episodes);
            for (const table of read.tables) expect(table.rows).toBe(table.accepted);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('writes each year as it stood on 31 March: later ends are still open', () => {
    const la = generateAuthority({ seed: 9, children: 300, startYear: 2021, years: 3 });
    const first = returnForYear(la, '2021-22').value;
    for (const e of first.episodes) {
      expect(e.start <= '2022-03-31').toBe(true);
      if (e.end) expect(e.end <= '2022-03-31').toBe(true);
      else expect(e.reasonEpisodeCeased).toBeUndefined();
    }
    // Every closed episode of the history appears, closed, in the return for the year it ended.
    const all = la.collectionYears.flatMap((y) => returnForYear(la, y).value.episodes);
    for (const e of la.episodes.filter((x) => x.end !== undefined && x.end >= '2021-04-01')) {
      expect(all).toContainEqual(e);
    }
  });

  it('lays years out as folders or as prefixes that the reader recognises', () => {
    const la = generateAuthority({ seed: 2, children: 50, startYear: 2022, years: 2 });
    const folder = writeSyntheticReturns(la).files.map((f) => f.name);
    expect(folder).toContain('2022-23/header.csv');
    expect(folder).toContain('2023-24/episodes.csv');
    const prefix = writeSyntheticReturns(la, { layout: 'prefix' }).files;
    expect(prefix.map((f) => f.name)).toContain('2023-24-episodes.csv');
    const read = readReturn(filesOf(prefix, '2023-24-'), { collectionYear: '2023-24' });
    expect(read.value.episodes).toEqual(returnForYear(la, '2023-24').value.episodes);
  });

  it('writes SEX as 1/2 before 2024-25 and M/F from then', () => {
    const la = generateAuthority({ seed: 4, children: 40, startYear: 2023, years: 2 });
    const { files } = writeSyntheticReturns(la);
    const sexes = (name: string) =>
      new Set(
        files
          .find((f) => f.name === name)
          ?.content.trim()
          .split(/\r?\n/)
          .slice(1)
          .map((line) => line.split(',')[1]),
      );
    expect(sexes('2023-24/header.csv')).toEqual(new Set(['1', '2']));
    expect(sexes('2024-25/header.csv')).toEqual(new Set(['M', 'F']));
  });
});

describe('syntheticAuthorityReturn', () => {
  const la = generateAuthority({ seed: 4, children: 80, startYear: 2021, years: 4 });

  it('gives the year reported and the years before it, each as the files writeSyntheticReturns wrote', () => {
    const input = syntheticAuthorityReturn(la, { year: '2023-24' });
    expect(input.gss).toBe(la.authority.code);
    const written = writeSyntheticReturns(la).files;
    const named = (year: string) =>
      filesOf(written, `${year}/`).map((f) => ({ name: f.name.slice(8), content: f.content }));
    expect(input.files).toEqual(named('2023-24'));
    // 2024-25 comes after the year reported: not an earlier year.
    expect(input.earlier).toEqual(
      ['2021-22', '2022-23'].map((collectionYear) => ({ collectionYear, files: named(collectionYear) })),
    );
    const read = readReturn(input.files, { collectionYear: '2023-24' });
    expect(read.value.episodes).toEqual(returnForYear(la, '2023-24').value.episodes);
  });

  it('defaults to the latest year, keeps only the earlier years asked for, and gives bytes on request', () => {
    const input = syntheticAuthorityReturn(la, { earlier: ['2022-23'], bytes: true });
    expect(input.earlier.map((e) => e.collectionYear)).toEqual(['2022-23']);
    const text = syntheticAuthorityReturn(la).files;
    expect(input.files.map((f) => new TextDecoder().decode(f.content as Uint8Array))).toEqual(
      text.map((f) => f.content),
    );
    expect(syntheticAuthorityReturn(la).earlier).toHaveLength(3);
  });
});
