import type { CodeDefinition } from './code-definition.js';
import { FIRST_COVERED_YEAR } from './collection-year-order.js';

/** A code valid from the first covered year unless `extra` says otherwise. */
export function defineCode(
  code: string,
  description: string,
  extra: Omit<Partial<CodeDefinition>, 'code' | 'description'> = {},
): CodeDefinition {
  return { code, description, validFrom: FIRST_COVERED_YEAR, ...extra };
}
