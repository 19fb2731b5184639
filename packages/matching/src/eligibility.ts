import { EligibilityCode, type MatchFailure, type Nation } from '@placewise/model';

export { EligibilityCode };

/** One failed hard constraint: its code, a plain-English reason (no personal values) and its basis. */
export type EligibilityFailure = MatchFailure;

/**
 * A hard constraint: its code, the reason given to the user, and the basis cited for a referral from each
 * nation. A nation's basis never cites another nation's law as binding on it.
 */
export interface EligibilityRule {
  readonly code: EligibilityCode;
  readonly reason: string;
  readonly basis: Readonly<Record<Nation, string>>;
}

const everywhere = (basis: string): Record<Nation, string> => ({
  england: basis,
  wales: basis,
  scotland: basis,
  'northern-ireland': basis,
});
const NOT_APPLIED = 'Not applied to referrals from this nation.';
const rule = (code: EligibilityCode, reason: string, basis: Record<Nation, string>): EligibilityRule =>
  Object.freeze({ code, reason, basis: Object.freeze(basis) });

/**
 * Every hard constraint, in the order of `EligibilityCode.options`, with its reason and, per nation of the
 * referral, its legal or policy basis. Each nation's rules apply to that nation's referrals from their
 * in-force dates, judged on the date needed: England's regs 27A/27C only to English referrals, Scotland's
 * ban on young offender institutions only to Scottish ones. The Welsh restriction on profit is not here:
 * it is a needs-approval finding (`FINDING_RULES`), not a bar.
 *
 * @example
 * ELIGIBILITY_RULES.find((r) => r.code === 'fostering-limit')?.basis.england; // 'Children Act 1989 Schedule 7 …'
 */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = Object.freeze([
  rule(
    'unlawful-setting-for-age',
    'The setting type is not lawful for a child of this age: under-16s may not be placed in other arrangements (supported or unregistered accommodation), and 16–17-year-olds only in registered supported accommodation.',
    {
      england:
        'CPPCR (England) 2010 reg 27A (SI 2021/161, in force 9 September 2021) and reg 27C (SI 2023/416, in force 28 October 2023).',
      wales: NOT_APPLIED,
      scotland: NOT_APPLIED,
      'northern-ireland': NOT_APPLIED,
    },
  ),
  rule(
    'unregistered-home',
    'A children’s home or secure children’s home that is not registered (unregistered, application only, cancelled, resigned or unknown), or a setting recorded as unregistered, may not take any child.',
    {
      england:
        'Care Standards Act 2000 s11: carrying on a children’s home without registration is an offence.',
      wales:
        'Regulation and Inspection of Social Care (Wales) Act 2016: a care home service must be registered [R].',
      scotland:
        'Public Services Reform (Scotland) Act 2010: a care home service must be registered with the Care Inspectorate [R].',
      'northern-ireland': 'Registration of children’s homes with the regulator [R].',
    },
  ),
  rule(
    'secure-order-required',
    'Secure accommodation needs a secure order, which the referral does not record.',
    {
      england: 'Children Act 1989 s25.',
      wales: 'Social Services and Well-being (Wales) Act 2014 s119.',
      scotland: 'Children’s Hearings (Scotland) Act 2011: a secure accommodation authorisation [R].',
      'northern-ireland': 'Children (Northern Ireland) Order 1995 art 44 [R].',
    },
  ),
  rule(
    'youth-offender-institution',
    'No child under 18 may be placed in a young offender institution in Scotland from 28 August 2024; secure care is used instead.',
    {
      england: NOT_APPLIED,
      wales: NOT_APPLIED,
      scotland: 'Children (Care and Justice) (Scotland) Act 2024 (in force 28 August 2024).',
      'northern-ireland': NOT_APPLIED,
    },
  ),
  rule(
    'age-range',
    "The child's age on the date needed is outside the ages the setting or vacancy takes.",
    everywhere('Registration or approval terms of the setting.'),
  ),
  rule(
    'sex',
    'The setting or vacancy does not take children of this sex.',
    everywhere('Registration or approval terms.'),
  ),
  rule(
    'not-enough-places',
    'Not enough free places to place the sibling group together, and the referral does not allow a split.',
    {
      england: 'Children Act 1989 s22C(8)(c).',
      wales: 'Social Services and Well-being (Wales) Act 2014 s81(11)(c) [R].',
      scotland: 'Looked After Children (Scotland) Regulations 2009 reg 5A (in force 26 July 2021).',
      'northern-ireland': 'Placing siblings together where practicable [R].',
    },
  ),
  rule(
    'solo-placement-required',
    'The referral asks for a solo placement and this vacancy is not solo.',
    everywhere('Placements Data Standard v2 livingCompanions.'),
  ),
  rule(
    'solo-only-setting',
    'The vacancy takes one child only and the referral is for a sibling group to be placed together.',
    everywhere('Registration or approval terms.'),
  ),
  rule(
    'deprivation-of-liberty',
    'The referral needs a setting able to care for a child under a deprivation of liberty order.',
    everywhere(
      'Inherent jurisdiction (High Court) deprivation of liberty orders; President’s practice guidance.',
    ),
  ),
  rule(
    'risk-not-accepted',
    'The setting does not accept one or more of the risks the referral records.',
    everywhere('Placements Data Standard v2 Risks; the setting’s statement of purpose.'),
  ),
  rule(
    'need-not-met',
    'The setting does not meet one or more of the recorded needs.',
    everywhere('Statement of purpose.'),
  ),
  rule(
    'fostering-limit',
    'The foster household would exceed the usual fostering limit of three fostered children (siblings placed together and exemptions aside).',
    {
      england: 'Children Act 1989 Schedule 7 (usual fostering limit; para 3 exempts sibling groups).',
      wales: 'Children Act 1989 Schedule 7 (usual fostering limit; para 3 exempts sibling groups).',
      scotland: 'Foster carer approval terms (Looked After Children (Scotland) Regulations 2009) [R].',
      'northern-ireland': 'Foster carer approval terms [R].',
    },
  ),
  rule(
    'not-available-by-date',
    'The vacancy is not available on the date needed.',
    everywhere('Vacancy availability dates.'),
  ),
  rule(
    'ofsted-judgement',
    'The setting’s latest Ofsted judgement is one the policy excludes (inadequate by default).',
    everywhere('Match policy excludeOfstedJudgements.'),
  ),
  rule(
    'placement-type-unsuitable',
    'The referral’s placement recommendation marks this type of placement (foster, residential or supported accommodation) as unsuitable.',
    everywhere('Placements Data Standard v2 PlacementRecommendation.'),
  ),
  rule(
    'location-to-avoid',
    'The vacancy is within the safeguarding radius of a location the child must be kept away from.',
    everywhere(
      'Referral locationsToAvoid (safeguarding); radius from the location or policy avoidRadiusMiles.',
    ),
  ),
  rule(
    'too-far',
    'The vacancy is further from home than the maximum distance allowed.',
    everywhere('Referral maxDistanceMiles or match policy maxDistanceMiles.'),
  ),
  rule(
    'distance-unknown',
    'A maximum distance applies but the distance from home to this vacancy cannot be worked out.',
    everywhere('Referral maxDistanceMiles or match policy maxDistanceMiles.'),
  ),
]);
