import type { Issue } from '@placewise/model';
import type * as z from 'zod';
import { CliExit, type CliIo } from '../io.js';
import { displayName } from './files.js';
import { describeIssue } from './issue-lines.js';
import { parseRecords } from './parse-records.js';
import { readJson } from './read-json.js';

/**
 * Reads a JSON array (or `{ "<key>": [...] }`) of records from a file or `-`, keeping the valid ones; each
 * record left out is said on stderr as a located issue (never its values). Not JSON, or no array: exit 2.
 */
export async function readJsonRecords<T extends z.ZodType>(
  file: string,
  schema: T,
  key: string,
  io: CliIo,
): Promise<z.infer<T>[]> {
  const data = await readJson(file, io);
  const list = Array.isArray(data) ? data : (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list))
    throw new CliExit(2, `${displayName(file)} must hold a JSON array of ${key} (or { "${key}": [...] }).`, {
      code: 'file.not-an-array',
    });
  const issues: Issue[] = [];
  const records = parseRecords(schema, list, displayName(file), true, issues);
  // One line per record left out: its first problem, and how many more it has.
  const byRecord = new Map<unknown, Issue[]>();
  for (const issue of issues) {
    const key = issue.location.path?.[0];
    byRecord.set(key, [...(byRecord.get(key) ?? []), issue]);
  }
  for (const found of byRecord.values()) {
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
    io.stderr(`${describeIssue(found[0] as Issue)}${more}; record left out.\n`);
  }
  return records;
}
