/** The identifier of one of the rules {@link derivePlacements} and {@link derivePeriodsOfCare} apply. */
export type PlacementRuleId =
  | 'period-starts'
  | 'legal-status-change-continues'
  | 'new-placement'
  | 'same-carer'
  | 'temporary-not-a-placement'
  | 'return-from-temporary-continues'
  | 'short-breaks-left-out'
  | 'ends-on-31-march';

/** One documented rule of the placement and period-of-care derivation, with where it comes from. */
export interface PlacementRule {
  id: PlacementRuleId;
  /** The rule in one sentence. */
  rule: string;
  /** The public source it follows, and how firm that source is. */
  source: string;
}

/**
 * The rules by which episodes become periods of care and placements, in the order they are applied. Each is
 * tested by a fixture of its own (`derive-placements.test.ts`). The meanings of RNE T, U and B are recalled
 * rather than read in a DfE specification (domain brief §1.4), so the same-carer rule is an option.
 *
 * @example
 * PLACEMENT_RULES.map((r) => r.id); // ['short-breaks-left-out', 'period-starts', …]
 */
export const PLACEMENT_RULES: readonly PlacementRule[] = [
  {
    id: 'short-breaks-left-out',
    rule: 'Episodes under legal status V3 or V4 (an agreed series of short breaks) are left out: they are neither placements nor periods of care, so a child looked after only under short breaks has none.',
    source:
      'DfE, Children looked after in England including adoptions, methodology: published figures exclude children looked after under an agreed series of short-term breaks.',
  },
  {
    id: 'period-starts',
    rule: 'A period of care begins at an episode with RNE S, or at an episode that does not begin on the day the previous one ended (a gap in care); it ends with the last episode before the next begins.',
    source:
      'DfE SSDA903 guidance, RNE code S "started to be looked after"; DfE methodology counts starts and ceasing of periods of care, an episode ending (DEC) and the next beginning (DECOM) on the same day being continuous care.',
  },
  {
    id: 'legal-status-change-continues',
    rule: 'An episode with RNE L (a change of legal status only) continues the placement it follows.',
    source:
      'DfE SSDA903 RNE code L; the DfE validator enforces that an L episode changes only the legal status (rules 435, 436).',
  },
  {
    id: 'new-placement',
    rule: 'An episode with RNE P, T, U or B (a change of placement) starts another placement within the period of care.',
    source: 'DfE SSDA903 RNE codes P, T, U, B.',
  },
  {
    id: 'same-carer',
    rule: 'RNE T or U is a new placement with the same carer: the placement keeps the date the child began living with that carer (`sameCarerSince`), so it does not restart the clock of the long-term stability measure. Whether it counts as another placement is the option `sameCarerChange` (default: it does).',
    source:
      'RNE T "change of placement, carer the same" and U "change of legal status and placement, carer the same" (meanings recalled, not read in DfE guidance); DfE long-term stability counts time with the same carer. DfE\'s treatment of T/U in the placement counts could not be confirmed, hence the option.',
  },
  {
    id: 'temporary-not-a-placement',
    rule: 'An episode in a temporary placement (PLACE T0–T4) is not a placement: it neither counts as one nor ends the placement the child left, unless the child does not come back to it, when that placement ends on the day the temporary move began.',
    source:
      'DfE methodology: temporary placements are excluded from the placement stability measures; DfE validator rules 380–383 (a period of care cannot begin or end in T0–T4).',
  },
  {
    id: 'return-from-temporary-continues',
    rule: 'After a temporary move, an episode with the same PLACE and PL_POST as the placement the child left continues that placement, whatever its RNE.',
    source:
      'DfE validator rules 380–383: after a temporary placement the child returns to the same placement type and postcode (recorded with RNE P).',
  },
  {
    id: 'ends-on-31-march',
    rule: 'An episode, placement or period of care whose end date is 31 March has ended by the end of that day: it is not open at 31 March, unless another begins on the same day.',
    source:
      'DfE methodology: children looked after at 31 March are those with an episode open at the end of the collection year.',
  },
];
