import { type Issue, issuesFromZodError } from '@placewise/model';
import type * as z from 'zod';

/**
 * Parses one record or an array of records against a schema, keeping the valid ones and pushing located
 * issues (never quoting values) for the rest; `many` expects an array, paths then starting at its index.
 */
export function parseRecords<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  many: boolean,
  issues: Issue[],
): z.infer<T>[] {
  if (many && !Array.isArray(data)) {
    issues.push({
      code: 'cli.not-an-array',
      severity: 'error',
      message: 'Expected a JSON array.',
      location: { file },
    });
    return [];
  }
  const records = many ? (data as unknown[]) : [data];
  const parsed: z.infer<T>[] = [];
  records.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) parsed.push(result.data);
    else issues.push(...issuesFromZodError(result.error, { location: { file, path: many ? [index] : [] } }));
  });
  return parsed;
}
