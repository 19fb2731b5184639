import { describe, expect, it } from 'vitest';
import { SSDA903_COLUMNS, Ssda903Table } from '../table.js';
import { TABLE_FIELDS } from './fields.js';

describe('TABLE_FIELDS', () => {
  it.each(Ssda903Table.options)('%s lists the same columns, in order, as SSDA903_COLUMNS', (table) => {
    expect(TABLE_FIELDS[table].map((field) => field.column)).toEqual(SSDA903_COLUMNS[table]);
  });
});
