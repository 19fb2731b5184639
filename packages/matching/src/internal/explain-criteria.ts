import { Criterion, type CriterionExplanation, type Vacancy } from '@placewise/model';
import { CITATIONS, type Citations } from './citations.js';
import type { CompiledReferral } from './compiled-referral.js';
import { C, CRITERIA, REQUIRES_IMPROVEMENT_VALUE, type Scorer } from './evaluate-criteria.js';

const NOT_SCORED: readonly string[] = [
  'Not scored: the referral has no located home.',
  'Not scored: the referral has no located school.',
  'Not scored: the referral has no located important locations.',
  'Not scored: the referral has no located preferred location.',
  'Not scored.',
  'Not scored: no siblings to place together.',
  'Not scored.',
  'Not scored: foster households are inspected through their fostering service.',
  'Not scored: no cost benchmark was given.',
  'Not scored: the referral records no communication needs or language.',
  'Not scored: the referral records no faith as a cultural need.',
  'Not scored: the referral does not say the child must or must not live with pets.',
  'Not scored: the referral asks for no adaptations.',
  'Not scored: the referral asks for no minimum staffing ratio.',
  'Not scored: the referral asks for no additional support.',
  'Not scored: the referral records no ethnicity; background is for the placement officer to weigh.',
  'Not scored: the referral records no wishes about the placement type.',
];

/**
 * Turns the scorer's scratch arrays (just filled for one vacancy) into explanation lines: weight, raw value
 * with a label, normalised value and contribution to the score, for every criterion in order.
 */
export function explainCriteria(r: CompiledReferral, vacancy: Vacancy, s: Scorer): CriterionExplanation[] {
  let total = 0;
  for (let k = 0; k < CRITERIA; k++) total += s.weight[k] as number;
  const lines: CriterionExplanation[] = [];
  for (let k = 0; k < CRITERIA; k++) {
    const weight = s.weight[k] as number;
    const value = s.value[k] as number;
    const criterion = Criterion.options[k] as Criterion;
    if (weight === 0 || Number.isNaN(value)) {
      const reason =
        weight === 0 && !Number.isNaN(value)
          ? 'Not scored: the policy gives it no weight.'
          : (NOT_SCORED[k] as string);
      lines.push({
        criterion,
        weight: 0,
        raw: null,
        rawLabel: 'not applicable',
        normalised: null,
        contribution: 0,
        reason,
      });
      continue;
    }
    const raw = s.raw[k] as number;
    const [rawValue, rawLabel, reason] = describe(k, raw, value, r, vacancy);
    lines.push({
      criterion,
      weight: round(weight, 3),
      raw: rawValue,
      rawLabel,
      normalised: round(value, 3),
      contribution: round((weight * value) / total, 4),
      reason,
    });
  }
  return lines;
}

type Described = [raw: number | string | boolean | null, label: string, reason: string];

function describe(k: number, raw: number, value: number, r: CompiledReferral, v: Vacancy): Described {
  const unknown = Number.isNaN(raw);
  const law: Citations = CITATIONS[r.nation];
  switch (k) {
    case C.home:
      return withLaw(milesLine(raw, 'home'), law.nearHome);
    case C.school:
      return withLaw(
        milesLine(raw, r.referral.school?.mustContinue ? 'the school the child must stay at' : 'school'),
        law.education,
      );
    case C.important:
      return milesLine(raw, 'the important locations on average, weighted by how often the child visits');
    case C.preferred:
      return milesLine(raw, 'the preferred location');
    case C.authority:
      return unknown
        ? [null, 'authority unknown', 'The setting’s authority is not known.']
        : raw === 1
          ? [true, 'inside the area', `Inside the responsible authority’s area (${law.inArea}).`]
          : [false, 'outside the area', `Outside the responsible authority’s area (${law.inArea}).`];
    case C.siblings:
      return [
        raw,
        `${raw} of ${r.group} places`,
        `Room for ${raw} of the ${r.group} siblings together (${law.siblings}).`,
      ];
    case C.type:
      return [v.setting.type, v.setting.type, typeReason(r, v, value, law)];
    case C.ofsted:
      return unknown
        ? [
            null,
            'no judgement',
            `No Ofsted judgement is recorded: scored ${round(value, 2)}, never above a fresh “requires improvement” (${REQUIRES_IMPROVEMENT_VALUE}).`,
          ]
        : [
            v.setting.ofsted?.judgement ?? null,
            `${v.setting.ofsted?.judgement} (${v.setting.ofsted?.date})`,
            'Latest Ofsted judgement, counting for less as the inspection ages past a year.',
          ];
    case C.cost:
      return unknown
        ? [null, 'no benchmark', 'The cost benchmark gave no figure for this vacancy.']
        : [
            round(raw, 3),
            String(round(raw, 3)),
            'Weekly cost against the benchmark (cheaper scores higher).',
          ];
    case C.communication:
      return [
        round(raw, 3),
        `${Math.round(raw * 100)}% met`,
        `Share of the communication needs and language the setting offers (${law.background}).`,
      ];
    case C.faith:
      return flag(
        raw,
        'shares the faith',
        'does not record the faith',
        'records no faiths',
        `Faith named in the referral, a factor to consider, never a filter (${law.background}).`,
      );
    case C.pets:
      return flag(
        raw,
        'has or allows pets',
        'no pets',
        'pets not recorded',
        'Whether the child can or must live with pets.',
      );
    case C.adaptations:
      return flag(
        raw,
        'adapted',
        'not adapted',
        'adaptation not recorded',
        `A home adapted for a disabled child (${law.disability}).`,
      );
    case C.support:
      return unknown
        ? [
            null,
            'support not recorded',
            'The setting records no additional support it provides, so scored as unknown.',
          ]
        : [
            round(raw, 3),
            `${Math.round(raw * 100)}% provided`,
            'Share of the additional support asked for that the setting says it provides.',
          ];
    case C.ethnicity:
      return unknown
        ? [
            null,
            'not recorded',
            `The setting records no carers’ ethnicity, so scored as unknown (${law.background}).`,
          ]
        : [
            raw,
            raw === 1 ? 'same background' : raw === 0.5 ? 'same broad group' : 'different background',
            `The carers’ recorded ethnic background beside the child’s, a factor to consider, never a filter; extra support can meet a child’s needs in any placement (${law.background}).`,
          ];
    case C.wishes:
      return [
        raw === 1,
        raw === 1 ? 'what the child wants' : 'not what the child wants',
        `The placement type the child has said they want (${law.wishes}).`,
      ];
    default:
      return flag(
        raw,
        'offers the ratio',
        'does not offer the ratio',
        'ratios not recorded',
        'The minimum adult support ratio asked for.',
      );
  }
}

function flag(raw: number, yes: string, no: string, unknown: string, reason: string): Described {
  if (Number.isNaN(raw))
    return [null, unknown, `${reason} Not recorded by the setting, so scored as unknown.`];
  return [raw === 1, raw === 1 ? yes : no, reason];
}

/** A distance line: the miles to `place`, or why the distance is unknown (raw NaN). */
function milesLine(raw: number, place: string): Described {
  return Number.isNaN(raw)
    ? [
        null,
        'distance unknown',
        `The setting has no location, so the distance to ${place} scores as unknown.`,
      ]
    : [
        raw,
        `${raw} miles`,
        `${raw} miles from ${place} (straight line, DfE method; sector centroids are approximate).`,
      ];
}

function withLaw(described: Described, law: string): Described {
  const reason = described[2];
  return [described[0], described[1], `${reason.endsWith('.') ? reason.slice(0, -1) : reason} (${law}).`];
}

function typeReason(r: CompiledReferral, v: Vacancy, value: number, law: Citations): string {
  const s = r.referral.suitability;
  const named =
    s &&
    (s.foster !== 'not-specified' ||
      s.residential !== 'not-specified' ||
      s.supportedAccommodation !== 'not-specified');
  return named
    ? `The referral's recommendation for this placement type, with the order of preference (${law.order}) (${round(value, 2)}).`
    : `The order of preference (${law.order}): kinship, then fostering, then children's homes, then other arrangements (${v.setting.type}).`;
}

function round(value: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(value * f) / f;
}
