import type { IsoDate, PlacementCategory } from '@placewise/model';
import type { DfeAgeBand } from '../indicators/age-band.js';

/** Children looked after on a date in one category × age band × category of need (CIN). */
export interface DemandRow {
  category: PlacementCategory;
  ageBand: DfeAgeBand;
  need: string;
  children: number;
  inArea: number;
  outOfArea: number;
  /** Placed more than the threshold distance from home, inside or outside the area. */
  farFromHome: number;
  /** Out of area or far from home (each child once). */
  awayFromHome: number;
  /** Locality or distance not known. */
  notKnown: number;
  /**
   * Not counted in `awayFromHome`, but locality or distance is not known (a blank or unlocatable postcode):
   * these children may be away too, so `awayFromHome` is a lower bound when this is above 0.
   */
  awayNotKnown: number;
}

/** Demand against local supply for one category × age band. */
export interface GapRow {
  category: PlacementCategory;
  ageBand: DfeAgeBand;
  children: number;
  outOfArea: number;
  farFromHome: number;
  /** Out of area or far from home (each child once). */
  awayFromHome: number;
  /** Not counted in `awayFromHome`, but locality or distance is not known: they may be away too. */
  awayNotKnown: number;
  /** Settings of this category in the area whose age range covers the band (none for kinship, adoption, parents). */
  localSettings: number;
  /** Their places for this band: each setting's places shared across the bands its age range covers. */
  localPlaces: number;
  /** Free places in the area on the date, for this category and age band. */
  localVacancies: number;
  /** Shortfall, as `GAP_DEFINITIONS.shortfall` defines it: children less local places, when positive. */
  shortfall: number;
  /** Ofsted-registered providers of this kind in the area, where given. */
  ofstedProviders?: number;
  ofstedPlaces?: number;
  /** Want of local provision, as `GAP_DEFINITIONS.wantOfLocalProvision` defines it. */
  wantOfLocalProvision: boolean;
  /** A plain-English sentence for the report. */
  summary: string;
}

/** The supply/demand gap for an authority on a date. */
export interface SufficiencyGap {
  asOf: IsoDate;
  thresholdMiles: number;
  demand: DemandRow[];
  gaps: GapRow[];
}
