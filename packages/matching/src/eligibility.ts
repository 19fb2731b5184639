import * as z from 'zod';

/**
 * Why a vacancy is not eligible for a referral: one code per hard constraint. See {@link ELIGIBILITY_RULES}
 * for each code's reason and legal basis.
 *
 * @example
 * EligibilityCode.parse('age-range');
 */
export const EligibilityCode = z.enum([
  'unlawful-setting-for-age',
  'secure-order-required',
  'age-range',
  'sex',
  'not-enough-places',
  'solo-placement-required',
  'solo-only-setting',
  'deprivation-of-liberty',
  'risk-not-accepted',
  'need-not-met',
  'fostering-limit',
  'not-available-by-date',
  'ofsted-judgement',
  'welsh-for-profit',
  'too-far',
  'distance-unknown',
]);
/** @see {@link EligibilityCode} */
export type EligibilityCode = z.infer<typeof EligibilityCode>;

/** One failed hard constraint: its code, a plain-English reason (no personal values) and its basis. */
export interface EligibilityFailure {
  readonly code: EligibilityCode;
  readonly reason: string;
  readonly basis: string;
}

const rule = (code: EligibilityCode, reason: string, basis: string): EligibilityFailure =>
  Object.freeze({ code, reason, basis });

/**
 * Every hard constraint, in the order they are checked and reported, with the reason given to the user and
 * the legal or policy basis. England's rules apply from their in-force dates, judged on the date needed.
 *
 * @example
 * ELIGIBILITY_RULES.find((r) => r.code === 'fostering-limit')?.basis; // 'Children Act 1989 Schedule 7 …'
 */
export const ELIGIBILITY_RULES: readonly EligibilityFailure[] = Object.freeze([
  rule(
    'unlawful-setting-for-age',
    'The setting type is not lawful for a child of this age: under-16s may not be placed in other arrangements (supported or unregistered accommodation), and 16–17-year-olds only in registered supported accommodation.',
    'CPPCR (England) 2010 reg 27A (SI 2021/161, in force 9 September 2021) and reg 27C (SI 2023/416, in force 28 October 2023). Applied to referrals from every nation; the Welsh and Scottish equivalents are unconfirmed [U].',
  ),
  rule(
    'secure-order-required',
    'Secure accommodation needs a secure accommodation order, which the referral does not record.',
    'Children Act 1989 s25.',
  ),
  rule(
    'age-range',
    "The child's age on the date needed is outside the ages the setting or vacancy takes.",
    'Registration or approval terms of the setting.',
  ),
  rule(
    'sex',
    'The setting or vacancy does not take children of this sex.',
    'Registration or approval terms.',
  ),
  rule(
    'not-enough-places',
    'Not enough free places to place the sibling group together, and the referral does not allow a split.',
    'Children Act 1989 s22C(8)(c); Looked After Children (Scotland) Regs 2009 reg 5A.',
  ),
  rule(
    'solo-placement-required',
    'The referral asks for a solo placement and this vacancy is not solo.',
    'Placements Data Standard v2 livingCompanions.',
  ),
  rule(
    'solo-only-setting',
    'The vacancy takes one child only and the referral is for a sibling group to be placed together.',
    'Registration or approval terms.',
  ),
  rule(
    'deprivation-of-liberty',
    'The referral needs a setting able to care for a child under a deprivation of liberty order.',
    'Inherent jurisdiction (High Court) deprivation of liberty orders; President’s practice guidance.',
  ),
  rule(
    'risk-not-accepted',
    'The setting does not accept one or more of the risks the referral records.',
    'Placements Data Standard v2 Risks; the setting’s statement of purpose.',
  ),
  rule(
    'need-not-met',
    'The setting does not meet one or more of the recorded needs.',
    'Statement of purpose.',
  ),
  rule(
    'fostering-limit',
    'The foster household would exceed the usual fostering limit of three fostered children (siblings placed together and exemptions aside).',
    'Children Act 1989 Schedule 7 (usual fostering limit) [R: recalled, not re-verified].',
  ),
  rule(
    'not-available-by-date',
    'The vacancy is not available on the date needed.',
    'Vacancy availability dates.',
  ),
  rule(
    'ofsted-judgement',
    'The setting’s latest Ofsted judgement is one the policy excludes (inadequate by default).',
    'Match policy excludeOfstedJudgements.',
  ),
  rule(
    'welsh-for-profit',
    'A Welsh authority may not place with a for-profit provider, or a non-local-authority provider in England, without Welsh Ministers’ approval.',
    'Health and Social Care (Wales) Act 2025, from 1 April 2030 [S: date from secondary sources; configurable].',
  ),
  rule(
    'too-far',
    'The vacancy is further from home than the maximum distance allowed.',
    'Referral maxDistanceMiles or match policy maxDistanceMiles.',
  ),
  rule(
    'distance-unknown',
    'A maximum distance applies but the distance from home to this vacancy cannot be worked out.',
    'Referral maxDistanceMiles or match policy maxDistanceMiles.',
  ),
]);
