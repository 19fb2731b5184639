import { AssignmentObjective, Referral, strictObject, Vacancy } from '@placewise/model';
import * as z from 'zod';

/** At most this many vacancies in one request: a region's whole market, with room to spare. */
export const MAX_VACANCIES = 20_000;
/** At most this many referrals in one assignment request. */
export const MAX_REFERRALS = 1_000;
/** The longest an assignment request may ask `assignPlacements` to search, in milliseconds. */
export const MAX_TIME_LIMIT_MS = 60_000;

/**
 * The referral formats `POST /v1/match` reads: `placewise` is the model's `Referral`; `pds-v2` is a
 * Placements Data Standard v2 referral envelope (its entities plus a `child` object, the model's
 * `PdsReferral`), read by `readMatchReferral` (./match-referral.ts).
 */
export const ReferralFormat = z.enum(['placewise', 'pds-v2']);
/** @see {@link ReferralFormat} */
export type ReferralFormat = z.infer<typeof ReferralFormat>;

/**
 * The body of `POST /v1/match`: one referral (in `format`, default `placewise`), the vacancies to rank
 * (or none, for the service's own) and how many ranked results to explain and return (`top`, default 10; the
 * counts cover all). Unknown keys are issues naming the key meant (`unknown field topp; did you mean top?`).
 */
export const MatchRequest = strictObject({
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

/**
 * The body of `POST /v1/assign`: many referrals, the vacancies, the objective (`total` or `max-min`), the
 * fairness rule and the time the search may take.
 */
export const AssignRequest = strictObject({
  referrals: z.array(Referral).max(MAX_REFERRALS),
  vacancies: z
    .array(Vacancy)
    .max(MAX_VACANCIES)
    .optional()
    .describe('The vacancies to fill; left out, those the service was started with (--vacancies).'),
  objective: AssignmentObjective.default('total').describe(
    "'total' maximises the total score; 'max-min' the worst-off child's score first, then the total.",
  ),
  fairness: z.enum(['none', 'urgency']).default('none'),
  timeLimitMs: z
    .number()
    .int()
    .min(1)
    .max(MAX_TIME_LIMIT_MS)
    .default(5_000)
    .describe(
      'Milliseconds the search may take; the best assignment found by then is returned, with its gap.',
    ),
});
/** @see {@link AssignRequest} */
export type AssignRequest = z.infer<typeof AssignRequest>;
