import {
  DEFAULT_AGE_BANDS,
  DEFAULT_FORECAST_CATEGORIES,
  listCategories,
  parseScenarios,
  type Scenario,
} from '@placewise/forecast';
import { CliExit, type CliIo } from '../../io.js';
import { displayName } from '../files.js';
import { readJson } from '../read-json.js';

/** Reads every `--scenario` file, checked against scenario.schema.json and the model's categories and bands. */
export async function readScenarios(
  files: readonly string[],
  io: Pick<CliIo, 'stdin'> = {},
): Promise<Scenario[]> {
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const { value, issues } = parseScenarios(await readJson(file, io), {
      categories: listCategories(DEFAULT_FORECAST_CATEGORIES),
      ageBands: DEFAULT_AGE_BANDS.map((b) => b.label),
    });
    const first = issues[0];
    if (first)
      throw new CliExit(
        2,
        `${displayName(file)} at ${first.location.path?.join('.') || 'top level'}: ${first.message}`,
      );
    scenarios.push(...value);
  }
  const names = scenarios.map((s) => s.name);
  if (new Set(names).size !== names.length)
    throw new CliExit(2, 'Two --scenario files name the same scenario.');
  return scenarios;
}
