import { type Issue, issuesFromZodError, type Result } from '@placewise/model';
import { type DemandAdjustments, Scenario, ScenarioFile } from './scenario.js';

/**
 * Options of {@link parseScenarios}: the names a model knows, so a scenario naming another is an error.
 *
 * @example
 * const options: ParseScenariosOptions = { categories: model.categories, ageBands: model.ageBands.map((b) => b.label) };
 */
export interface ParseScenariosOptions {
  /** Forecast categories a scenario may name. Default: any. */
  categories?: readonly string[];
  /** Age band labels a scenario may name. Default: any. */
  ageBands?: readonly string[];
}

/**
 * Reads scenarios from parsed JSON (one scenario, a list, or `{ "scenarios": [...] }`), never throwing:
 * shape errors are `forecast.scenario.invalid` issues located by path; a category or age band the model does
 * not have is `forecast.scenario.unknown-name`; two scenarios with one name, `forecast.scenario.duplicate`.
 * The value is empty when any issue is an error.
 *
 * @example
 * const { value: scenarios, issues } = parseScenarios(JSON.parse(text), { categories: model.categories });
 */
export function parseScenarios(input: unknown, options: ParseScenariosOptions = {}): Result<Scenario[]> {
  // Pick the file's form first, so a mistake is located inside it rather than reported as "no form matched".
  const form = Array.isArray(input)
    ? ScenarioFile.options[1]
    : typeof input === 'object' && input !== null && 'scenarios' in input
      ? ScenarioFile.options[2]
      : ScenarioFile.options[0];
  const parsed = form.safeParse(input);
  if (!parsed.success) {
    // Unknown keys come from the model's strictObject: one issue each, at the key, naming the key meant.
    const issues = issuesFromZodError(parsed.error).map((issue) => {
      const path = issue.location.path ?? [];
      const where = issue.code === 'schema.unrecognized_keys' ? path.slice(0, -1) : path;
      return {
        ...issue,
        code: 'forecast.scenario.invalid',
        message: `${where.join('.') || 'scenario'}: ${issue.message}`,
      };
    });
    return { value: [], issues };
  }
  const data = parsed.data;
  const list: Scenario[] = Array.isArray(data) ? data : 'scenarios' in data ? data.scenarios : [data];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  list.forEach((scenario, i) => {
    if (seen.has(scenario.name))
      issues.push(error('forecast.scenario.duplicate', 'Two scenarios have the same name.', [i, 'name']));
    seen.add(scenario.name);
    issues.push(...checkNames(scenario, options, i));
  });
  return { value: issues.length > 0 ? [] : list.map((s) => Scenario.parse(s)), issues };
}

function checkNames(adjustments: DemandAdjustments, options: ParseScenariosOptions, at: number): Issue[] {
  const issues: Issue[] = [];
  const category = (name: string, path: (string | number)[]) => {
    if (options.categories && !options.categories.includes(name))
      issues.push(
        error(
          'forecast.scenario.unknown-name',
          `"${name}" is not a forecast category (${options.categories.join(', ')}).`,
          [at, ...path],
        ),
      );
  };
  for (const key of ['entryMultiplier', 'leaveMultiplier'] as const) {
    const m = adjustments[key];
    if (m !== undefined && typeof m !== 'number') for (const c of Object.keys(m)) category(c, [key, c]);
  }
  for (const key of ['transitionMultipliers', 'transitionRates'] as const)
    (adjustments[key] ?? []).forEach((t, i) => {
      category(t.from, [key, i, 'from']);
      category(t.to, [key, i, 'to']);
    });
  (adjustments.stateChanges ?? []).forEach((c, i) => {
    category(c.category, ['stateChanges', i, 'category']);
    if (options.ageBands && !options.ageBands.includes(c.ageBand))
      issues.push(
        error(
          'forecast.scenario.unknown-name',
          `"${c.ageBand}" is not an age band (${options.ageBands.join(', ')}).`,
          [at, 'stateChanges', i, 'ageBand'],
        ),
      );
  });
  return issues;
}

function error(code: string, message: string, path: (string | number)[]): Issue {
  return { code, severity: 'error', message, location: { path } };
}
