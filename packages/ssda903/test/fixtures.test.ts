import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Child, Episode } from '@placewise/model';
import { describe, expect, it } from 'vitest';
import { readReturn, readTable } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const text = (name: string) => readFileSync(join(dir, name), 'utf-8');
const options = { collectionYear: '2024-25' } as const;

const canonical = readTable(bytes('episodes.csv'), { ...options, table: 'Episodes' });

describe('hand-written fixtures', () => {
  it('reads the canonical episodes with no issues into valid model episodes', () => {
    expect(canonical.issues).toEqual([]);
    expect(canonical.table).toEqual({ table: 'Episodes', rows: 5, accepted: 5, rejected: 0 });
    for (const episode of canonical.value) expect(Episode.parse(episode)).toEqual(episode);
    expect(canonical.value[1]).toEqual({
      childId: 'C001',
      start: '2023-09-15',
      end: '2024-05-02',
      reasonNewEpisode: 'L',
      legalStatus: 'E1',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      placementProvider: 'PR1',
      reasonEpisodeCeased: 'X1',
      reasonPlaceChange: 'CARPL',
      homePostcode: 'LS6 1AA',
      placementPostcode: 'LS8 2BB',
      urn: 'SC000001',
    });
  });

  const variants = readdirSync(join(dir, 'tolerance')).filter((name) => name.startsWith('episodes-'));
  it.each(variants)('%s reads into the same episodes as the canonical file', (name) => {
    const result = readTable(bytes(join('tolerance', name)), { ...options, table: 'Episodes' });
    expect(result.issues).toEqual([]);
    expect(result.value).toEqual(canonical.value);
    expect(result.table).toMatchObject({ rows: 5, accepted: 5, rejected: 0 });
  });

  it('covers every tolerance the reader promises', () => {
    expect(variants.sort()).toEqual([
      'episodes-blank-trailing.csv',
      'episodes-bom-crlf.csv',
      'episodes-header-case-spaces.csv',
      'episodes-iso-dates.csv',
      'episodes-quoted.csv',
      'episodes-reordered.csv',
    ]);
    const bomCrlf = bytes('tolerance/episodes-bom-crlf.csv');
    expect([...bomCrlf.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bomCrlf)).toContain('\r\n');
  });

  it('decodes Windows-1252 bytes, which are not valid UTF-8', () => {
    const raw = bytes('tolerance/prev_perm-windows-1252.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)).toThrow();
    const result = readTable(raw, { table: 'PrevPerm' });
    // Said, not hidden: a reader of the issues knows why a letter might read oddly.
    expect(result.issues).toEqual([
      {
        code: 'file.encoding',
        severity: 'info',
        message:
          'Read as Windows-1252, as it is not valid UTF-8 (Excel’s “CSV (Comma delimited)” writes it).',
        location: {},
      },
    ]);
    expect(result.value).toEqual(readTable(text('prev_perm.csv'), { table: 'PrevPerm' }).value);
    expect(result.value[0]?.authority).toBe('Ynys Môn');
  });

  it('reads quoted fields holding commas and doubled quotes', () => {
    const result = readTable(text('tolerance/prev_perm-quoted.csv'), { table: 'PrevPerm' });
    expect(result.issues).toEqual([]);
    expect(result.value[2]?.authority).toBe('Leeds, City of "(Council)"');
    expect(result.value[1]).toEqual({ childId: 'C002', dateOfBirth: '2008-07-03', previousPermanence: 'Z1' });
  });

  it('reads the XML form into the same records as the CSV form', () => {
    const csv = readReturn(
      ['header.csv', 'episodes.csv', 'uasc.csv'].map((name) => ({ name, content: bytes(name) })),
      options,
    );
    const xml = readReturn([{ name: 'return.xml', content: bytes('return.xml') }], options);
    expect(csv.issues).toEqual([]);
    expect(xml.issues).toEqual([]);
    expect(xml.value.children).toEqual(csv.value.children);
    expect(xml.value.episodes).toEqual(csv.value.episodes);
    expect(xml.value.uasc).toEqual(csv.value.uasc);
    expect(xml.value.missing).toEqual([
      { childId: 'C002', dateOfBirth: '2008-07-03', kind: 'M', start: '2024-06-01', end: '2024-06-02' },
    ]);
    expect(xml.value.reviews).toEqual([
      { childId: 'C002', dateOfBirth: '2008-07-03', date: '2024-06-20', participation: 'PN1' },
    ]);
    expect(xml.tables.find((t) => t.table === 'Episodes')).toEqual({
      table: 'Episodes',
      file: 'return.xml',
      rows: 5,
      accepted: 5,
      rejected: 0,
    });
    for (const child of xml.value.children) expect(Child.parse(child)).toEqual(child);
    expect(xml.value.children.find((c) => c.id === 'C003')).toMatchObject({
      uasc: true,
      uascCeased: '2025-11-30',
    });
  });

  it('reports each deliberate fault with its code and location, and keeps every other row', () => {
    const result = readReturn(
      ['header.csv', 'episodes.csv'].map((name) => ({ name, content: bytes(join('faults', name)) })),
      { collectionYear: '2025-26' },
    );
    const found = result.issues.map((i) => [
      i.code,
      i.severity,
      i.location.file,
      i.location.row,
      i.location.column,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['child.duplicate', 'error', 'header.csv', 3, 'CHILD'],
        ['sex.invalid', 'error', 'header.csv', 4, 'SEX'],
        ['date.invalid', 'error', 'header.csv', 5, 'DOB'],
        ['episode.ends-before-start', 'error', 'episodes.csv', 1, 'DEC'],
        ['episode.truncated', 'warning', 'episodes.csv', 3, 'DECOM'],
        ['episode.no-header', 'error', 'episodes.csv', 4, 'CHILD'],
        ['code.invalid', 'error', 'episodes.csv', 5, 'PLACE'],
        ['postcode.malformed', 'warning', 'episodes.csv', 6, 'PL_POST'],
        ['urn.missing', 'warning', 'episodes.csv', 7, 'URN'],
        ['row.malformed', 'error', 'episodes.csv', 8, undefined],
      ]),
    );
    expect(found).toHaveLength(10);
    expect(result.tables).toEqual([
      { table: 'Header', file: 'header.csv', rows: 5, accepted: 2, rejected: 3 },
      { table: 'Episodes', file: 'episodes.csv', rows: 8, accepted: 4, rejected: 4 },
    ]);
    expect(result.value.episodes.map((e) => e.childId)).toEqual(['F002', 'F002', 'F003', 'F004']);
    // F002's first episode (open) is cut short where the second begins; the child is kept.
    expect(result.value.episodes[0]).toMatchObject({ end: '2024-05-01', reasonEpisodeCeased: 'X1' });
    expect(result.value.episodes[2]?.placementPostcode).toBeUndefined();
    for (const found of result.issues) expect(found.message).not.toMatch(/F00\d|LS6|2010|2008/);
  });
});
