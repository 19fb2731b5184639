import { Referral, Vacancy } from '@placewise/model';
import * as z from 'zod';

/** At most this many vacancies in one request: a region's whole market, with room to spare. */
export const MAX_VACANCIES = 20_000;
/** At most this many referrals in one assignment request. */
export const MAX_REFERRALS = 1_000;

/**
 * The referral formats `POST /v1/match` reads. `placewise` is the model's `Referral`. The Placements Data
 * Standard v2 envelope (`pds-v2`: its entities plus a `child` object) is wired in `readMatchReferral`
 * (./match-referral.ts) once `@placewise/model` reads PDS v2 referrals.
 */
export const ReferralFormat = z.enum(['placewise', 'pds-v2']);
/** @see {@link ReferralFormat} */
export type ReferralFormat = z.infer<typeof ReferralFormat>;

/**
 * The body of `POST /v1/match`: one referral (in `format`, default `placewise`), the vacancies to rank
 * (or none, for the service's own) and how many ranked results to explain and return (`top`, default 10; the counts cover all).
 */
export const MatchRequest = z.strictObject({
  format: ReferralFormat.default('placewise'),
  referral: z.unknown().describe('A Referral (format "placewise") or a PDS v2 referral envelope ("pds-v2").'),
  vacancies: z
    .array(Vacancy)
    .max(MAX_VACANCIES)
    .optional()
    .describe('The vacancies to rank; left out, those the service was started with (--vacancies).'),
  top: z.number().int().min(0).max(MAX_VACANCIES).default(10),
});
/** @see {@link MatchRequest} */
export type MatchRequest = z.infer<typeof MatchRequest>;

/** The body of `POST /v1/assign`: many referrals, the vacancies, and the fairness rule. */
export const AssignRequest = z.strictObject({
  referrals: z.array(Referral).max(MAX_REFERRALS),
  vacancies: z
    .array(Vacancy)
    .max(MAX_VACANCIES)
    .optional()
    .describe('The vacancies to fill; left out, those the service was started with (--vacancies).'),
  fairness: z.enum(['none', 'urgency']).default('none'),
});
/** @see {@link AssignRequest} */
export type AssignRequest = z.infer<typeof AssignRequest>;
