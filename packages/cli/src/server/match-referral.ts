import { type Issue, issuesFromZodError, Referral } from '@placewise/model';
import type * as z from 'zod';
import type { ReferralFormat } from './requests.js';

/**
 * The schema of a referral in each format, for reading it and for the OpenAPI document. `pds-v2` gets the
 * model's PDS v2 envelope schema when it exists (the place to wire it: here and in `readMatchReferral`).
 */
export const REFERRAL_SCHEMAS: Readonly<Record<ReferralFormat, z.ZodType | undefined>> = {
  placewise: Referral,
  'pds-v2': undefined,
};

/**
 * The referral of a `POST /v1/match` body, read in its declared format, or the located issues why not.
 *
 * This is the one place the service reads a referral: the PDS v2 envelope is read here (with the model's
 * PDS v2 reader) once that exists; until then `pds-v2` is refused with `format.unsupported`.
 */
export function readMatchReferral(
  format: ReferralFormat,
  body: unknown,
): { referral?: Referral; issues: Issue[]; unsupported?: true } {
  if (format === 'pds-v2') {
    return {
      unsupported: true,
      issues: [
        {
          code: 'format.unsupported',
          severity: 'error',
          message: 'PDS v2 referrals are not read by this build of the service yet.',
          location: { path: ['format'] },
        },
      ],
    };
  }
  const parsed = Referral.safeParse(body);
  if (parsed.success) return { referral: parsed.data, issues: [] };
  return { issues: issuesFromZodError(parsed.error, { location: { path: ['referral'] } }) };
}
