import type { PlacementCategory, PostcodeLocator, Setting, Vacancy } from '@placewise/model';
import { CATEGORY_LABELS, categoryOf } from '@placewise/model';
import { derivePeriodsOfCare, isOpenAt } from '@placewise/ssda903';
import type { SufficiencyDataset } from '../dataset.js';
import { indexDataset } from '../dataset-index.js';
import { DFE_AGE_BAND_YEARS, type DfeAgeBand, dfeAgeBandOf } from '../indicators/age-band.js';
import { ageAt } from '../internal/birthday.js';
import { AGE_BAND_LABELS } from '../internal/labels.js';
import { createPlaceFacts } from '../internal/place-facts.js';
import { placementIn } from '../internal/placement-of.js';
import { usualEpisode } from '../internal/usual-episode.js';
import type { OfstedSupply } from '../ofsted-supply.js';
import { NOT_PLACES, shortfallOf, wantsLocalProvision } from './gap-measures.js';
import type { DemandRow, GapRow, SufficiencyGap } from './gap-table.js';
import { placesByAgeBand } from './places-by-age-band.js';

/** Options for {@link computeSufficiencyGap}. */
export interface ComputeSufficiencyGapOptions {
  asOf: string;
  /** Defaults to the dataset's `responsibleAuthority`; settings "in area" are those located in it. */
  responsibleAuthority?: string;
  /** Free places on offer; defaults to none. */
  vacancies?: readonly Vacancy[];
  /** Ofsted's provider counts for the authority (see `ofstedSupplyOf`). */
  ofstedSupply?: OfstedSupply;
  /** "Far from home" threshold in miles; defaults to 20, DfE's band. */
  thresholdMiles?: number;
  locator?: PostcodeLocator;
}

const OFSTED_KIND: Partial<Record<PlacementCategory, keyof OfstedSupply>> = {
  'childrens-home': 'childrensHomes',
  'secure-childrens-home': 'secureChildrensHomes',
  'fostering-agency': 'fosteringAgencies',
  'residential-school': 'residentialSchools',
};

function covers(range: { min: number; max: number }, band: DfeAgeBand): boolean {
  const [lo, hi] = DFE_AGE_BAND_YEARS[band];
  return range.min <= hi && range.max >= lo;
}

function describeRow(row: Omit<GapRow, 'summary' | 'wantOfLocalProvision'>, thresholdMiles: number): string {
  const who = `${row.children} ${row.children === 1 ? 'child' : 'children'} aged ${AGE_BAND_LABELS[row.ageBand].toLowerCase()} in ${CATEGORY_LABELS[row.category].toLowerCase()}`;
  const placed =
    row.awayFromHome > 0
      ? `: ${row.outOfArea} placed out of area and ${row.farFromHome} more than ${thresholdMiles} miles from home`
      : '';
  // Children whose postcodes could not be located are said, so "none placed away" is never read into them.
  const unknown =
    row.awayNotKnown > 0
      ? `${placed ? ';' : ':'} for ${row.awayNotKnown}, whether placed away is not known (postcode missing or not located)`
      : '';
  const local = NOT_PLACES.has(row.category)
    ? 'These children live with family or adopters, not in places the authority commissions.'
    : `The area has ${row.localPlaces} ${row.localPlaces === 1 ? 'place' : 'places'} of this type for this age and ${row.localVacancies} free.`;
  return `${who}${placed}${unknown}. ${local}`;
}

/**
 * Sets demand (children looked after on a date by placement category × DfE age band × category of need)
 * against supply in the authority's area (its settings' places, each setting's places shared across the age
 * bands its registered age range covers, free places in vacancies, and Ofsted's provider counts when given),
 * with the two measures defined in {@link GAP_DEFINITIONS}: `shortfall` and `wantOfLocalProvision`. Kinship
 * care, placement for adoption and placement with parents are not places ({@link NOT_PLACES}): they have no
 * shortfall and no want of local provision. Who is looked after on the date, and in which placement, comes
 * from `derivePeriodsOfCare` and the dataset's placements (`derivePlacements`): a child on a temporary move
 * counts in the placement left; children on short breaks (V3/V4) are left out.
 *
 * @example
 * const gap = computeSufficiencyGap(dataset, { asOf: '2025-03-31', responsibleAuthority: 'E08000035', vacancies });
 * gap.gaps.filter((g) => g.wantOfLocalProvision);
 */
export function computeSufficiencyGap(
  dataset: SufficiencyDataset,
  options: ComputeSufficiencyGapOptions,
): SufficiencyGap {
  const { asOf } = options;
  const thresholdMiles = options.thresholdMiles ?? 20;
  const authority = options.responsibleAuthority ?? dataset.responsibleAuthority;
  const index = indexDataset(dataset);
  const facts = createPlaceFacts(index, options.locator, authority);
  const demand = new Map<string, DemandRow>();
  for (const [childId, episodes] of index.episodesByChild) {
    const child = index.childrenById.get(childId);
    if (!child) continue;
    const periods = derivePeriodsOfCare(episodes);
    const current = periods.findLast((p) => isOpenAt(p, asOf));
    const episode = current && usualEpisode(episodes, current.start, asOf);
    if (!episode) continue;
    const category = categoryOf(episode.placementType, episode.placementProvider);
    const ageBand = dfeAgeBandOf(ageAt(child.dateOfBirth, asOf));
    const key = `${category}|${ageBand}|${episode.categoryOfNeed}`;
    let row = demand.get(key);
    if (!row) {
      row = {
        category,
        ageBand,
        need: episode.categoryOfNeed,
        children: 0,
        inArea: 0,
        outOfArea: 0,
        farFromHome: 0,
        awayFromHome: 0,
        notKnown: 0,
        awayNotKnown: 0,
      };
      demand.set(key, row);
    }
    const { locality, distanceMiles } = options.locator
      ? facts(episode)
      : (placementIn(index.placementsByChild.get(childId), { start: asOf }) ?? {});
    row.children += 1;
    if (locality === 'IN') row.inArea += 1;
    else if (locality === 'OUT') row.outOfArea += 1;
    const far = distanceMiles !== undefined && distanceMiles > thresholdMiles;
    if (far) row.farFromHome += 1;
    const unknown = locality === undefined || distanceMiles === undefined;
    if (far || locality === 'OUT') row.awayFromHome += 1;
    else if (unknown) row.awayNotKnown += 1;
    if (unknown) row.notKnown += 1;
  }

  const local = (s: Setting) => authority !== undefined && s.location.authority === authority;
  const settings = (dataset.settings ?? []).filter(local);
  const vacancies = (options.vacancies ?? []).filter(
    (v) =>
      local(v.setting) &&
      v.availableFrom <= asOf &&
      (v.availableUntil === undefined || v.availableUntil >= asOf),
  );
  const byCell = new Map<string, GapRow>();
  for (const row of demand.values()) {
    const key = `${row.category}|${row.ageBand}`;
    const cell = byCell.get(key);
    if (cell) {
      cell.children += row.children;
      cell.outOfArea += row.outOfArea;
      cell.farFromHome += row.farFromHome;
      cell.awayFromHome += row.awayFromHome;
      cell.awayNotKnown += row.awayNotKnown;
      continue;
    }
    const mine = settings.filter((s) => s.category === row.category && covers(s.ageRange, row.ageBand));
    const isPlace = !NOT_PLACES.has(row.category);
    const ofstedKind = OFSTED_KIND[row.category];
    const ofsted =
      ofstedKind && options.ofstedSupply
        ? (options.ofstedSupply[ofstedKind] as { providers: number; places: number })
        : undefined;
    byCell.set(key, {
      category: row.category,
      ageBand: row.ageBand,
      children: row.children,
      outOfArea: row.outOfArea,
      farFromHome: row.farFromHome,
      awayFromHome: row.awayFromHome,
      awayNotKnown: row.awayNotKnown,
      localSettings: isPlace ? mine.length : 0,
      localPlaces: isPlace ? mine.reduce((n, s) => n + placesByAgeBand(s)[row.ageBand], 0) : 0,
      localVacancies: !isPlace
        ? 0
        : vacancies
            .filter(
              (v) =>
                v.setting.category === row.category &&
                covers(v.limits?.ageRange ?? v.setting.ageRange, row.ageBand),
            )
            .reduce((n, v) => n + v.placesFree, 0),
      shortfall: 0,
      ...(ofsted ? { ofstedProviders: ofsted.providers, ofstedPlaces: ofsted.places } : {}),
      wantOfLocalProvision: false,
      summary: '',
    });
  }
  const gaps = [...byCell.values()].map((g) => {
    const base = { ...g, shortfall: shortfallOf(g) };
    return {
      ...base,
      wantOfLocalProvision: wantsLocalProvision(g),
      summary: describeRow(base, thresholdMiles),
    };
  });
  gaps.sort((a, b) => b.awayFromHome - a.awayFromHome || b.children - a.children);
  return {
    asOf,
    thresholdMiles,
    demand: [...demand.values()].sort(
      (a, b) => b.children - a.children || a.category.localeCompare(b.category),
    ),
    gaps,
  };
}
