import type { CollectionYear, DfeGrouping, IsoDate, PlacementCategory, Sex } from '@placewise/model';
import type { Coverage } from '@placewise/ssda903';
import type { DfeAgeBand } from './age-band.js';
import type { DistanceLocality } from './distance-locality.js';

/** A count of children with DfE's standard breakdowns, and a rate when a child population is given. */
export interface ChildCount {
  total: number;
  byAgeBand: Record<DfeAgeBand, number>;
  bySex: Record<Sex, number>;
  /** Split by UASC status; every child is `nonUasc` when `SufficiencyIndicators.uasc.recorded` is false. */
  byUasc: { uasc: number; nonUasc: number };
  /** Per 10,000 children aged under 18 in the authority, rounded to a whole number as DfE publishes it. */
  ratePer10000?: number;
}

/** A count out of a denominator, with DfE's whole-number percentage (null when the denominator is 0). */
export interface Proportion {
  count: number;
  of: number;
  percentage: number | null;
}

/**
 * The DfE children looked after indicators for one authority and collection year. Each key is named after
 * the DfE definition it follows (see {@link computeIndicators} for the definitions and edge cases).
 */
export interface SufficiencyIndicators {
  collectionYear: CollectionYear;
  period: { start: IsoDate; end: IsoDate };
  claAt31March: ChildCount;
  startedDuringYear: ChildCount;
  ceasedDuringYear: ChildCount;
  placementMixAt31March: {
    byPlaceCode: Record<string, number>;
    byCategory: Record<PlacementCategory, number>;
    byDfeGrouping: Record<DfeGrouping, number>;
  };
  /** Of children looked after at 31 March, those with 3 or more placements during the year. */
  threeOrMorePlacements: Proportion;
  /** Of children looked after at 31 March for at least 2 years, those with 3 or more placements in those 2 years. */
  threeOrMorePlacementsInTwoYears: Proportion;
  /** Of children under 16 looked after for at least 2.5 years, those with the same carer for at least 2 years. */
  longTermStability: Proportion;
  distanceLocality: {
    at31March: DistanceLocality;
    placementsStartedInYear: DistanceLocality;
    /** Children at 31 March inside or outside the authority, whether or not the distance is known. */
    localityAt31March: { inside: number; outside: number; notKnown: number };
    /** Distances from postcode-sector centroids: an approximation of DfE's full-postcode figure. */
    approximate: boolean;
  };
  under16OtherArrangements: { total: number; byPlaceCode: Record<string, number> };
  /**
   * Unaccompanied asylum-seeking children. UASC status comes only from the return's UASC table, so
   * `recorded` is false when the dataset's coverage lists no UASC table: the counts here (and each
   * `byUasc`) are then 0 because status is not known, not because there are none, and are shown as not known.
   */
  uasc: { at31March: number; startedDuringYear: number; recorded: boolean };
  /** Rows read and used, per table, that these figures rest on. */
  coverage: Coverage;
  /** `incomplete` when the figures rest on less than 95% of the rows read, or on none: not to be published. */
  status: 'complete' | 'incomplete';
}
