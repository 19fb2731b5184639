import { type Issue, issuesFromZodError, PdsReferral, Referral, readPdsReferral } from '@placewise/model';
import type * as z from 'zod';
import type { ReferralFormat } from './requests.js';

/** The schema of a referral in each format, for reading it and for the OpenAPI document. */
export const REFERRAL_SCHEMAS: Readonly<Record<ReferralFormat, z.ZodType>> = {
  placewise: Referral,
  'pds-v2': PdsReferral,
};

/**
 * The referral of a `POST /v1/match` body, read in its declared format, or the located issues why not.
 * A Placements Data Standard v2 envelope (its entities plus a `child` object) is read with the model's
 * `readPdsReferral`, so the service and `placewise match --format pds-v2` map the standard's labels alike.
 */
export function readMatchReferral(
  format: ReferralFormat,
  body: unknown,
): { referral?: Referral; issues: Issue[] } {
  const location = { path: ['referral'] };
  if (format === 'pds-v2') {
    const { value, issues } = readPdsReferral(body, { location });
    if (value === undefined || issues.some((i) => i.severity === 'error')) return { issues };
    return { referral: value, issues };
  }
  const parsed = Referral.safeParse(body);
  if (parsed.success) return { referral: parsed.data, issues: [] };
  return { issues: issuesFromZodError(parsed.error, { location }) };
}
