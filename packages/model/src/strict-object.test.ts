import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ENTITY_SCHEMAS } from './entities.js';
import { strictObject } from './internal/strict-object.js';
import { MatchPolicyFile } from './match-policy.js';
import { issuesFromZodError } from './zod-issues.js';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : issuesFromZodError(result.error, { location: { file: 'in.json' } });
};

describe('strictObject', () => {
  const Body = strictObject({
    format: z.string().optional(),
    referral: z.unknown(),
    top: z.number().optional(),
  });

  it('names each unknown key in an issue of its own, located at the key', () => {
    const issues = issuesOf(Body, { referral: {}, topp: 3, fromat: 'x', colour: 'red' });
    expect(issues).toEqual([
      {
        code: 'schema.unrecognized_keys',
        severity: 'error',
        message: 'unknown field topp; did you mean top?',
        location: { file: 'in.json', path: ['topp'] },
      },
      {
        code: 'schema.unrecognized_keys',
        severity: 'error',
        message: 'unknown field fromat; did you mean format?',
        location: { file: 'in.json', path: ['fromat'] },
      },
      {
        code: 'schema.unrecognized_keys',
        severity: 'error',
        message: 'unknown field colour',
        location: { file: 'in.json', path: ['colour'] },
      },
    ]);
  });

  it('suggests the keys an extended object adds, not only the ones it started with', () => {
    const Named = Body.extend({ scenarioName: z.string() });
    const issues = issuesOf(Named, { referral: {}, scenarioNme: 'a' });
    expect(issues.map((i) => i.message)).toContain('unknown field scenarioNme; did you mean scenarioName?');
    // The policy file is MatchPolicy extended: its own typo'd weight is still named.
    const policy = issuesOf(MatchPolicyFile, { id: 'p', version: '1', weights: { ofstd: 1 } });
    expect(policy.map((i) => [i.location.path, i.message])).toEqual([
      [['weights', 'ofstd'], 'unknown field ofstd; did you mean ofsted?'],
    ]);
  });

  it.each([
    ['Child', { id: 'C1', sex: 'female', dateOfBrith: '2012-01-01' }, 'dateOfBrith', 'dateOfBirth'],
    [
      'LocalAuthority',
      { code: 'E08000035', name: 'Leeds', nation: 'england', regon: 'x' },
      'regon',
      'region',
    ],
  ] as const)('rejects a misspelt %s field, as every input entity does', (entity, input, key, meant) => {
    const issues = issuesOf(ENTITY_SCHEMAS[entity], input);
    expect(issues).toContainEqual(
      expect.objectContaining({
        message: `unknown field ${key}; did you mean ${meant}?`,
        location: { file: 'in.json', path: [key] },
      }),
    );
  });

  it('cuts a very long key in the message and answers quickly', () => {
    const key = 'x'.repeat(2_000_000);
    const started = performance.now();
    const [issue] = issuesOf(Body, { referral: {}, [key]: 1 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(issue?.message).toBe(`unknown field ${'x'.repeat(80)}…`);
    expect(issue?.location.path).toEqual([key]);
  });
});
