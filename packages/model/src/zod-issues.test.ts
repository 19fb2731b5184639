import { describe, expect, it } from 'vitest';
import { Child } from './child.js';
import { issuesFromZodError } from './zod-issues.js';

describe('issuesFromZodError', () => {
  it('turns zod issues into located model issues without quoting values', () => {
    const result = Child.safeParse({ id: 'C1', sex: 'male', dateOfBirth: '01/02/2012' });
    expect(result.success).toBe(false);
    const issues = result.success
      ? []
      : issuesFromZodError(result.error, { location: { file: 'c.json', path: [0] } });
    expect(issues).toEqual([
      {
        code: 'schema.invalid_format',
        severity: 'error',
        message: expect.any(String),
        location: { file: 'c.json', path: [0, 'dateOfBirth'] },
      },
    ]);
    expect(issues[0]?.message).not.toContain('01/02/2012');
  });
});
