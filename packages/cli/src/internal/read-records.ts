import { basename, extname } from 'node:path';
import type { Issue } from '@placewise/model';
import Papa from 'papaparse';
import { CliExit, type CliIo } from '../io.js';
import { displayName, readInputDecoded } from './files.js';

/**
 * Reads a list of records from a file (or `-`): a JSON array (or `{ "<key>": [...] }`), or a CSV with a
 * header row (`.csv`, or anything that does not start like JSON), with CSV structure problems and repeated
 * column names (`csv.column-duplicate`: the first column of a name is read) as located warnings, and a
 * `file.encoding` note for a file not in UTF-8 (read as Windows-1252, as Excel saves a CSV on a UK machine,
 * or as UTF-16). A file that is neither JSON nor CSV ends the command with exit 2. Every issue, and `name`,
 * names the file by its base name (`fees.csv`), as the readers of the records are told to, so one file has
 * one name in a command's output; messages that end the command give the path as typed.
 */
export async function readRecords(
  file: string,
  io: Pick<CliIo, 'stdin'>,
  key?: string,
): Promise<{ records: unknown[]; issues: Issue[]; name: string; format: 'json' | 'csv' }> {
  const typed = displayName(file);
  const name = basename(typed);
  const { text, issues: decoding } = await readInputDecoded(file, io);
  const isJson = extname(file).toLowerCase() === '.json' || (file === '-' && /^\s*[[{]/.test(text));
  if (isJson) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new CliExit(2, `${typed} is not valid JSON.`, { code: 'file.not-json' });
    }
    const list = Array.isArray(data)
      ? data
      : key
        ? (data as Record<string, unknown> | null)?.[key]
        : undefined;
    if (!Array.isArray(list))
      throw new CliExit(2, `${typed} must hold a JSON array of records.`, { code: 'file.not-an-array' });
    return { records: list, issues: decoding, name, format: 'json' };
  }
  // A repeated column name gets a name of its own, so no value of it silently takes the first one's key
  // (and papaparse has no duplicate to rename and warn of on the console); each is reported below.
  const seen = new Set<string>();
  const repeated: Issue[] = [];
  const result = Papa.parse<Record<string, unknown>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h, i) => {
      const column = h.trim();
      if (!seen.has(column)) {
        seen.add(column);
        return column;
      }
      repeated.push({
        code: 'csv.column-duplicate',
        severity: 'warning',
        message: `Column ${i + 1} repeats the name of an earlier column; its values are not read.`,
        location: { file: name, column },
      });
      return `${column} (column ${i + 1})`;
    },
  });
  const issues: Issue[] = [...decoding, ...repeated].concat(
    result.errors
      .filter((e) => e.code !== 'UndetectableDelimiter')
      .map((e) => ({
        code: `csv.${e.code}`,
        severity: 'warning' as const,
        message: e.message,
        location: e.row === undefined ? { file: name } : { file: name, row: e.row + 1 },
      })),
  );
  return { records: result.data, issues, name, format: 'csv' };
}
