import { describe, expect, it } from 'vitest';
import { normaliseColumnName, tableFromColumns, tableFromFileName } from './detect-table.js';
import { SSDA903_COLUMNS, Ssda903Table } from './table.js';
import { SSDA903_FILE_NAMES } from './write-return.js';

describe('tableFromFileName', () => {
  it('recognises export names in any case, with year prefixes and separators', () => {
    expect(tableFromFileName('episodes.csv')).toBe('Episodes');
    expect(tableFromFileName('HEADER.CSV')).toBe('Header');
    expect(tableFromFileName('2023-episodes.csv')).toBe('Episodes');
    expect(tableFromFileName('dir/2024_25_OC2.csv')).toBe('OC2');
    expect(tableFromFileName('SSDA903_2024-25_placed_adoption.csv')).toBe('PlacedAdoption');
    expect(tableFromFileName('notes.csv')).toBeUndefined();
  });

  it('recognises every name the writer uses', () => {
    for (const table of Ssda903Table.options)
      expect(tableFromFileName(SSDA903_FILE_NAMES[table])).toBe(table);
  });
});

describe('tableFromColumns', () => {
  it('recognises each table by its own columns, in any order and case', () => {
    for (const table of Ssda903Table.options) {
      const columns = [...SSDA903_COLUMNS[table]].reverse().map((c) => ` ${c.toLowerCase()}`);
      expect(tableFromColumns(columns)).toBe(table);
    }
  });

  it('reads the XML tag names as CSV columns', () => {
    expect(normaliseColumnName('CHILDID')).toBe('CHILD');
    expect(normaliseColumnName('\uFEFF"pl" ')).toBe('PLACE');
  });
});
