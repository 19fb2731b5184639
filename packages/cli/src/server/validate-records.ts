import {
  ENTITY_SCHEMAS,
  type EntityName,
  type Issue,
  issuesFromZodError,
  readPdsReferral,
} from '@placewise/model';
import type * as z from 'zod';
import type { ReferralFormat } from './requests.js';

/**
 * The issues of one record or an array of them as `entity`, each located by its JSON path (with the
 * record's index first for an array). With `format` `pds-v2` (Referral only) each record is read as a
 * Placements Data Standard v2 referral, as `placewise validate Referral --format pds-v2` reads it, so the
 * mapping's own checks (labels, the child's age) apply and its warnings are kept.
 */
export function validateRecords(entity: EntityName, body: unknown, format: ReferralFormat): Issue[] {
  const records = Array.isArray(body) ? body : [body];
  const schema = ENTITY_SCHEMAS[entity] as z.ZodType;
  return records.flatMap((record, i) => {
    const location = { path: Array.isArray(body) ? [i] : [] };
    if (format === 'pds-v2') return readPdsReferral(record, { location }).issues;
    const parsed = schema.safeParse(record);
    return parsed.success ? [] : issuesFromZodError(parsed.error, { location });
  });
}
