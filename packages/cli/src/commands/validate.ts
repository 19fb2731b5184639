import { basename } from 'node:path';
import { ENTITY_SCHEMAS, findEntityName, type Issue, readPdsReferral } from '@placewise/model';
import type { Command } from 'commander';
import { parseRecords } from '../internal/parse-records.js';
import { readJson } from '../internal/read-json.js';
import { CliExit, type CliIo } from '../io.js';

function formatPath(path: Issue['location']['path']): string {
  return path?.length ? path.join('.') : '(root)';
}

/**
 * Registers `placewise validate <entity> <file.json> [--json]`: checks one entity or an array of them
 * against the model's schema, printing each issue as `path: message`.
 */
export function registerValidate(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('Validate a JSON file (one object or an array) against a model entity.')
    .argument('<entity>', `entity, any case: ${Object.keys(ENTITY_SCHEMAS).join(', ')}`)
    .argument('<file>', 'JSON file holding one object or an array of objects')
    .option(
      '--format <format>',
      "'placewise', or 'pds-v2' for a Placements Data Standard v2 Referral",
      'placewise',
    )
    .option('--json', 'print { valid, issues } as JSON')
    .action(async (entityArg: string, file: string, options: { json?: boolean; format: string }) => {
      const entity = findEntityName(entityArg);
      if (!entity) {
        throw new CliExit(
          2,
          `Unknown entity "${entityArg}". Known: ${Object.keys(ENTITY_SCHEMAS).join(', ')}.`,
        );
      }
      if (options.format !== 'placewise' && !(options.format === 'pds-v2' && entity === 'Referral'))
        throw new CliExit(2, "--format must be 'placewise', or 'pds-v2' with the Referral entity.", {
          code: 'cli.invalid-option',
        });
      const data = await readJson(file, io);
      const records = Array.isArray(data) ? data : [data];
      const issues: Issue[] = [];
      if (options.format === 'pds-v2') {
        records.forEach((record, index) => {
          const path = Array.isArray(data) ? [index] : [];
          issues.push(...readPdsReferral(record, { location: { file, path } }).issues);
        });
      } else parseRecords(ENTITY_SCHEMAS[entity], data, file, Array.isArray(data), issues);
      const valid = !issues.some((i) => i.severity === 'error');
      if (options.json) {
        io.stdout(`${JSON.stringify({ valid, issues }, null, 2)}\n`);
      } else if (valid) {
        io.stdout(`${basename(file)}: ${records.length} valid ${entity} record(s).\n`);
      } else {
        const lines = issues.map((i) => `${formatPath(i.location.path)}: ${i.message}`);
        io.stdout(`${basename(file)}: ${issues.length} issue(s) as ${entity}.\n${lines.join('\n')}\n`);
      }
      if (!valid) throw new CliExit(1);
    });
}
