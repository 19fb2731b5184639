import {
  CODE_LISTS,
  type CodeDefinition,
  CollectionYear,
  collectionYearOf,
  isCodeDefinitionValidIn,
  SEX_CODES,
} from '@placewise/model';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';

const LISTS: Readonly<Record<string, readonly CodeDefinition[]>> = { ...CODE_LISTS, SEX: SEX_CODES };

function notesOf(code: CodeDefinition): string {
  const notes = [
    code.notForPlacementsAfter && `not for placements after ${code.notForPlacementsAfter}`,
    code.validUntil && `last year ${code.validUntil}`,
    code.unconfirmed && 'meaning unconfirmed',
  ].filter(Boolean);
  return notes.length ? `  [${notes.join('; ')}]` : '';
}

function formatTable(list: string, year: string, codes: CodeDefinition[]): string {
  const width = Math.max(4, ...codes.map((c) => c.code.length));
  const rows = codes.map((c) => `${c.code.padEnd(width)}  ${c.description}${notesOf(c)}`);
  return [`${list} codes valid in ${year} (${codes.length})`, ...rows, ''].join('\n');
}

/** Registers `placewise codes <list> [--year 2024-25] [--json]`: the SSDA903 codes valid in a collection year. */
export function registerCodes(program: Command, io: CliIo): void {
  program
    .command('codes')
    .description('List the SSDA903 codes of a list valid in a collection year.')
    .argument('<list>', `code list: ${Object.keys(LISTS).join(', ')}`)
    .option('--year <year>', 'collection year, e.g. 2024-25 (default: the current one)')
    .option('--json', 'print JSON instead of a table')
    .action((listArg: string, options: { year?: string; json?: boolean }) => {
      const list = listArg.trim().toUpperCase();
      const definitions = LISTS[list];
      if (!definitions) {
        throw new CliExit(
          2,
          `Unknown code list "${listArg}". Known lists: ${Object.keys(LISTS).join(', ')}.`,
        );
      }
      const year = options.year ?? collectionYearOf(new Date().toISOString().slice(0, 10));
      if (!CollectionYear.safeParse(year).success) {
        throw new CliExit(2, '--year must be a collection year written like 2024-25.');
      }
      const codes = definitions.filter((c) => isCodeDefinitionValidIn(c, year));
      io.stdout(
        options.json ? `${JSON.stringify({ list, year, codes }, null, 2)}\n` : formatTable(list, year, codes),
      );
    });
}
