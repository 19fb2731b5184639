import type { PostcodeSector } from '@placewise/geo';
import type { GridPoint, GssCode, Ownership, Setting, SettingType } from '@placewise/model';
import type { Random } from '../random.js';
import { type Area, englishSectors, pickSector, postcodeIn } from './area.js';
import { type Day, isoOf } from './day.js';
import { JUDGEMENT } from './mix.js';
import { ofstedHomes } from './ofsted.js';
import { drawWeeklyFee, type PriceBand } from './prices.js';

/** Which ring of the area a setting is in. */
export type Ring = 'home' | 'near' | 'far';

/** A generated setting with what the generator needs beside the model's fields. */
export interface PooledSetting {
  setting: Setting;
  ring: Ring;
  band: PriceBand;
  /** The setting's usual weekly fee, in pence; each placement's fee varies around it. */
  weeklyFee: number;
}

/** The settings an authority places in, grouped so a placement can draw one by kind and ring. */
export interface SettingPool {
  all: PooledSetting[];
  /** A setting of a kind in a ring; with `near`, the closest of a few drawn (placements cluster near home). */
  pick(kind: PoolKind, ring: Ring, random: Random, near?: GridPoint): PooledSetting;
  /** A new household (kinship carers, adopters are not pooled): added to `all`. */
  add(
    kind: PoolKind,
    ring: Ring,
    random: Random,
    sectors?: readonly PostcodeSector[],
    near?: GridPoint,
  ): PooledSetting;
  /** URNs of the authority's own fostering service and adoption agency. */
  fosteringUrn: string;
  adoptionUrn: string;
  /** URNs of independent fostering agencies and other authorities' adoption agencies. */
  agencyUrns: string[];
}

/** Kinds of pooled setting. */
export type PoolKind =
  | 'foster-in-house'
  | 'foster-agency'
  | 'kinship'
  | 'home-la'
  | 'home'
  | 'secure'
  | 'supported';

interface KindSpec {
  type: SettingType;
  category: Setting['category'];
  band: PriceBand;
  places: readonly [number, number];
  ages: readonly [number, number];
  ownership: (random: Random) => Ownership;
  /** Settings per 100 children in the history, by ring. */
  per100: Readonly<Record<Ring, number>>;
}

/** The candidate nearest a point (the first of equals, so the draw stays deterministic). */
function closest<T>(candidates: T[], pointOf: (c: T) => GridPoint, near: GridPoint): T {
  let best = candidates[0] as T;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const p = pointOf(c);
    const d = (p.easting - near.easting) ** 2 + (p.northing - near.northing) ** 2;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

const sectorCache = new Map<string, readonly PostcodeSector[]>();

const privateOrVoluntary = (random: Random): Ownership => (random.chance(0.85) ? 'private' : 'voluntary');

const KINDS: Record<PoolKind, KindSpec> = {
  'foster-in-house': {
    type: 'foster-household',
    category: 'fostering-in-house',
    band: 'fostering-in-house',
    places: [1, 3],
    ages: [0, 17],
    ownership: () => 'local-authority',
    per100: { home: 22, near: 6, far: 2 },
  },
  'foster-agency': {
    type: 'foster-household',
    category: 'fostering-agency',
    band: 'fostering-agency',
    places: [1, 3],
    ages: [0, 17],
    ownership: privateOrVoluntary,
    per100: { home: 10, near: 6, far: 2 },
  },
  kinship: {
    type: 'kinship-household',
    category: 'kinship-fostering',
    band: 'kinship',
    places: [1, 2],
    ages: [0, 17],
    ownership: () => 'local-authority',
    per100: { home: 0, near: 0, far: 0 },
  },
  'home-la': {
    type: 'childrens-home',
    category: 'childrens-home',
    band: 'childrens-home-la',
    places: [3, 6],
    ages: [8, 17],
    ownership: () => 'local-authority',
    per100: { home: 0.6, near: 0, far: 0 },
  },
  home: {
    type: 'childrens-home',
    category: 'childrens-home',
    band: 'childrens-home',
    places: [1, 5],
    ages: [8, 17],
    ownership: privateOrVoluntary,
    per100: { home: 1.5, near: 2.5, far: 2 },
  },
  secure: {
    type: 'secure-childrens-home',
    category: 'secure-childrens-home',
    band: 'secure',
    places: [6, 24],
    ages: [10, 17],
    ownership: () => 'local-authority',
    per100: { home: 0, near: 0, far: 0.1 },
  },
  supported: {
    type: 'supported-accommodation',
    category: 'supported-accommodation',
    band: 'supported',
    places: [2, 12],
    ages: [16, 17],
    ownership: privateOrVoluntary,
    per100: { home: 1.5, near: 0.8, far: 0.3 },
  },
};

/** Options for {@link createSettingPool}. */
export interface SettingPoolOptions {
  authority: GssCode;
  area: Area;
  children: number;
  /** The last day of the history: Ofsted inspections fall in the two years before it. */
  asOf: Day;
  /** A block of synthetic URNs for this authority (URNs may repeat across authorities; setting ids do not). */
  urnBlock: number;
  /** Take children's homes and secure homes from Ofsted's real provider list. Default false. */
  ofsted?: boolean;
}

/**
 * Builds the settings an authority's children live in: in-house and agency foster households,
 * children's homes (its own and private/voluntary ones in, near and far from the area), secure homes and
 * supported accommodation, each in a real postcode sector with a synthetic URN (`SC9…`, not a real
 * Ofsted number) and an Ofsted judgement.
 */
export function createSettingPool(options: SettingPoolOptions, random: Random): SettingPool {
  const { area, asOf } = options;
  const all: PooledSetting[] = [];
  const byKey = new Map<string, PooledSetting[]>();
  let serial = 0;
  // Setting ids carry the authority's GSS type and number (E08000014 → S08014), unique across England's
  // authorities, so a national cohort never merges two authorities' households.
  const idPrefix = `S${options.authority.slice(1, 3)}${options.authority.slice(-3)}`;
  const nextUrn = () => `SC9${String((options.urnBlock * 2000 + serial++) % 100000).padStart(5, '0')}`;
  const fosteringUrn = nextUrn();
  const adoptionUrn = nextUrn();
  const agencyUrns = Array.from({ length: 4 }, nextUrn);
  const sectorsOf = (ring: Ring): readonly PostcodeSector[] =>
    area[ring].length > 0 ? area[ring] : area.home;

  const add = (
    kind: PoolKind,
    ring: Ring,
    r: Random,
    sectors?: readonly PostcodeSector[],
    near?: GridPoint,
  ): PooledSetting => {
    const spec = KINDS[kind];
    const from = sectors ?? sectorsOf(ring);
    const sector = near
      ? closest(
          Array.from({ length: 4 }, () => pickSector(from, r)),
          (x) => x.point,
          near,
        )
      : pickSector(from, r);
    const household = spec.type === 'foster-household' || spec.type === 'kinship-household';
    const urn = kind === 'foster-agency' ? r.pick(agencyUrns) : household ? fosteringUrn : nextUrn();
    const sexes: Setting['sexes'] =
      household || r.chance(0.8) ? ['male', 'female'] : [r.pick(['male', 'female'] as const)];
    const judgement = r.weighted(JUDGEMENT);
    const places = r.int(spec.places[0], spec.places[1]);
    const setting: Setting = {
      id: `${idPrefix}-${all.length + 1}`,
      urn,
      type: spec.type,
      category: spec.category,
      registration: 'registered',
      registeredOn: isoOf(asOf - r.int(365, 365 * 15)),
      places,
      ageRange: { min: spec.ages[0], max: spec.ages[1] },
      sexes,
      acceptsNeeds: [],
      acceptsRisks: household ? [] : r.chance(0.5) ? ['going-missing', 'self-harm'] : ['going-missing'],
      deprivationOfLiberty: spec.type === 'secure-childrens-home',
      ...(household ? {} : { ofsted: { judgement, date: isoOf(asOf - r.int(30, 730)) } }),
      ownership: spec.ownership(r),
      location: {
        postcode: postcodeIn(sector, r),
        point: sector.point,
        authority: sector.authority,
        nation: sector.nation,
      },
      ...(household ? { fosteredChildren: 0 } : {}),
      languages: [],
      faiths: [],
      communication: [],
      staffingRatios: spec.type === 'childrens-home' ? ['standard', '1:1'] : [],
    };
    const pooled: PooledSetting = { setting, ring, band: spec.band, weeklyFee: drawWeeklyFee(spec.band, r) };
    all.push(pooled);
    const key = `${kind}:${ring}`;
    const list = byKey.get(key);
    if (list) list.push(pooled);
    else byKey.set(key, [pooled]);
    return pooled;
  };

  const seeded = options.ofsted ? addOfstedHomes(options, random) : new Set<string>();
  for (const kind of Object.keys(KINDS) as PoolKind[]) {
    for (const ring of ['home', 'near', 'far'] as const) {
      if (seeded.has(`${kind}:${ring}`)) continue;
      const count = Math.round((KINDS[kind].per100[ring] * options.children) / 100);
      for (let i = 0; i < count; i++) add(kind, ring, random);
    }
  }

  /** Real homes by ring (their postcodes, redacted by Ofsted, are made up within their real authority). */
  function addOfstedHomes(o: SettingPoolOptions, r: Random): Set<string> {
    const rings: Record<Ring, Set<string>> = {
      home: new Set([o.authority]),
      near: new Set(area.near.map((s) => s.authority)),
      far: new Set(),
    };
    const filled = new Set<string>();
    const farWanted = Math.max(1, Math.round((KINDS.home.per100.far * o.children) / 100));
    const candidates = ofstedHomes().filter((h) => h.places > 0);
    const far = candidates.filter(
      (h) => !h.secure && !rings.home.has(h.authority) && !rings.near.has(h.authority),
    );
    const chosenFar = new Set(Array.from({ length: Math.min(farWanted, far.length) }, () => r.pick(far)));
    for (const home of candidates) {
      const ring: Ring = rings.home.has(home.authority)
        ? 'home'
        : rings.near.has(home.authority)
          ? 'near'
          : 'far';
      if (ring === 'far' && !home.secure && !chosenFar.has(home)) continue;
      const kind: PoolKind = home.secure
        ? 'secure'
        : home.ownership === 'local-authority' && ring === 'home'
          ? 'home-la'
          : 'home';
      if (home.secure && ring !== 'far') continue;
      if (kind === 'home-la' && ring !== 'home') continue;
      const sectors = sectorsByAuthority(home.authority);
      if (sectors.length === 0) continue;
      const pooled = add(kind, ring, r, sectors);
      const s = pooled.setting;
      s.urn = home.urn;
      s.places = home.places;
      s.ownership = home.ownership;
      if (home.registeredOn) s.registeredOn = home.registeredOn;
      if (home.judgement && home.inspectedOn)
        s.ofsted = { judgement: home.judgement, date: home.inspectedOn };
      else delete s.ofsted;
      filled.add(`${kind}:${ring}`);
    }
    return filled;
  }

  function sectorsByAuthority(code: string): readonly PostcodeSector[] {
    let list = sectorCache.get(code);
    if (!list) {
      list = englishSectors().filter((s) => s.authority === code);
      sectorCache.set(code, list);
    }
    return list;
  }

  return {
    all,
    add,
    fosteringUrn,
    adoptionUrn,
    agencyUrns,
    pick(kind, ring, r, near) {
      const list = byKey.get(`${kind}:${ring}`);
      if (!list || list.length === 0) return add(kind, ring, r);
      if (!near) return r.pick(list);
      return closest(
        Array.from({ length: 4 }, () => r.pick(list)),
        (x) => x.setting.location.point ?? near,
        near,
      );
    },
  };
}
