import type { Episode, PlacementCategory, PostcodeLocator, Setting, Vacancy } from '@placewise/model';
import { CATEGORY_LABELS, categoryOf } from '@placewise/model';
import type { SufficiencyDataset } from '../dataset.js';
import { indexDataset } from '../dataset-index.js';
import { type DfeAgeBand, dfeAgeBandOf } from '../indicators/age-band.js';
import { ageAt } from '../internal/birthday.js';
import { SHORT_BREAK_STATUSES } from '../internal/care-history.js';
import { AGE_BAND_LABELS } from '../internal/labels.js';
import { createPlaceFacts } from '../internal/place-facts.js';
import type { OfstedSupply } from '../ofsted-supply.js';
import type { DemandRow, GapRow, SufficiencyGap } from './gap-table.js';

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

const BAND_AGES: Record<DfeAgeBand, [number, number]> = {
  'under-1': [0, 0],
  '1-4': [1, 4],
  '5-9': [5, 9],
  '10-15': [10, 15],
  '16-over': [16, 17],
};

/** Placements with family or adopters: where they live is not commissioned provision. */
const FAMILY_PLACEMENTS: ReadonlySet<PlacementCategory> = new Set([
  'kinship-fostering',
  'placed-for-adoption',
  'placed-with-parents',
]);

const OFSTED_KIND: Partial<Record<PlacementCategory, keyof OfstedSupply>> = {
  'childrens-home': 'childrensHomes',
  'secure-childrens-home': 'secureChildrensHomes',
  'fostering-agency': 'fosteringAgencies',
  'residential-school': 'residentialSchools',
};

function covers(range: { min: number; max: number }, band: DfeAgeBand): boolean {
  const [lo, hi] = BAND_AGES[band];
  return range.min <= hi && range.max >= lo;
}

/** The episode that says where a child lives on `asOf`: the open one, or the one before a temporary move. */
function homeEpisode(episodes: readonly Episode[], asOf: string): Episode | undefined {
  let found: Episode | undefined;
  let lastPermanent: Episode | undefined;
  for (const e of episodes) {
    if (e.start > asOf) break;
    if (SHORT_BREAK_STATUSES.has(e.legalStatus)) continue;
    if (!e.placementType.startsWith('T')) lastPermanent = e;
    if (e.end === undefined || e.end > asOf) found = e;
  }
  if (found?.placementType.startsWith('T')) return lastPermanent ?? found;
  return found;
}

function describeRow(row: Omit<GapRow, 'summary' | 'wantOfLocalProvision'>, thresholdMiles: number): string {
  const who = `${row.children} ${row.children === 1 ? 'child' : 'children'} aged ${AGE_BAND_LABELS[row.ageBand].toLowerCase()} in ${CATEGORY_LABELS[row.category].toLowerCase()}`;
  const placed =
    row.awayFromHome > 0
      ? `: ${row.outOfArea} placed out of area and ${row.farFromHome} more than ${thresholdMiles} miles from home`
      : '';
  const local = `The area has ${row.localPlaces} ${row.localPlaces === 1 ? 'place' : 'places'} of this type for this age and ${row.localVacancies} free.`;
  return `${who}${placed}. ${local}`;
}

/**
 * Sets demand (children looked after on a date by placement category × DfE age band × category of need)
 * against supply in the authority's area (its settings by category and age range, free places in vacancies,
 * and Ofsted's provider counts when given), and names where children are placed out of area or far from home
 * for want of local provision of their type: `wantOfLocalProvision` is true when some children of a category
 * and age band are out of area or beyond the threshold and the area has no free place for them (never for
 * kinship care, adoption or placement with parents, which are not commissioned provision). Children on
 * a temporary move count in the placement they left; children on short breaks (V3/V4) are left out.
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
    const episode = child && homeEpisode(episodes, asOf);
    if (!child || !episode) continue;
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
      };
      demand.set(key, row);
    }
    const { locality, distanceMiles } = facts(episode);
    row.children += 1;
    if (locality === 'IN') row.inArea += 1;
    else if (locality === 'OUT') row.outOfArea += 1;
    const far = distanceMiles !== undefined && distanceMiles > thresholdMiles;
    if (far) row.farFromHome += 1;
    if (far || locality === 'OUT') row.awayFromHome += 1;
    if (locality === undefined || distanceMiles === undefined) row.notKnown += 1;
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
      continue;
    }
    const mine = settings.filter((s) => s.category === row.category && covers(s.ageRange, row.ageBand));
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
      localSettings: mine.length,
      localPlaces: mine.reduce((n, s) => n + s.places, 0),
      localVacancies: vacancies
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
    const shortfall = Math.max(0, g.children - g.localPlaces);
    const base = { ...g, shortfall };
    return {
      ...base,
      wantOfLocalProvision:
        g.awayFromHome > 0 && g.localVacancies === 0 && !FAMILY_PLACEMENTS.has(g.category),
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
