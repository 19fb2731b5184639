import { createSectorLocator, LOCAL_AUTHORITIES } from '@placewise/geo';
import type {
  Child,
  CollectionYear,
  Episode,
  Fee,
  GssCode,
  IsoDate,
  LocalAuthority,
  Placement,
  Referral,
  Setting,
  Vacancy,
} from '@placewise/model';
import { type FaultOptions, type InjectedFault, injectFaults } from './faults.js';
import { ageAt } from './internal/age.js';
import { areaOf, englishSectors } from './internal/area.js';
import { dayOf, isoOf } from './internal/day.js';
import { feeFor } from './internal/fees.js';
import { type ChildHistory, simulateChild } from './internal/history.js';
import { placementsOf } from './internal/placements.js';
import { referralFor } from './internal/referrals.js';
import { createSettingPool } from './internal/settings-pool.js';
import { vacanciesOn } from './internal/vacancies.js';
import { createRandom } from './random.js';

/** Options for {@link generateAuthority}. */
export interface GenerateAuthorityOptions {
  /** Any integer; the same options give byte-identical output. */
  seed: number;
  /**
   * Children looked after at some point in the generated years (each has at least one episode in them).
   * The number looked after on each 31 March is steady, at about 43% of this over three years (31% over
   * five): children who entered years before the window and remain are among them.
   */
  children: number;
  /** A real English upper-tier authority whose postcode sectors the children live in. Default: one drawn from the seed. */
  authority?: GssCode;
  /** Calendar year the first collection year starts in (2022 → `2022-23`). Default 2022. */
  startYear?: number;
  /** How many consecutive collection years. Default 3. */
  years?: number;
  /** Deliberate faults for testing readers; none by default. */
  faults?: FaultOptions;
  /** Child identifier prefix (so several authorities' children never share ids). Default `C`. */
  idPrefix?: string;
  /**
   * Take children's homes and secure children's homes from Ofsted's real provider list (31 March 2023):
   * real URNs, places, sectors and latest judgements, in their real authorities. Ofsted redacts homes'
   * addresses, so their postcodes are made up within that authority. Default `false` (synthetic `SC9…` URNs).
   */
  ofsted?: boolean;
}

/** A generated authority: model objects for every entity Placewise uses. */
export interface SyntheticAuthority {
  /** The real authority the data sits in, named as synthetic. */
  authority: LocalAuthority;
  collectionYears: CollectionYear[];
  /** First and last day of the collection years. */
  period: { start: IsoDate; end: IsoDate };
  children: Child[];
  episodes: Episode[];
  /** Placements as DfE counts them, with distance, placement authority, locality and setting. */
  placements: Placement[];
  settings: Setting[];
  /** Free places on the last day of the period. */
  vacancies: Vacancy[];
  /** A referral for each placement that started in the last collection year. */
  referrals: Referral[];
  /** The weekly fee of each placement in a setting (not with parents or adopters). */
  fees: Fee[];
  /** Faults injected, if any were asked for. */
  faults: InjectedFault[];
}

/**
 * Thrown when `authority` is not an English upper-tier authority with postcode sectors of its own
 * (a programmer error: for example a county abolished since 2021, such as Cumbria `E10000006`).
 *
 * @example
 * try { generateAuthority({ seed: 1, children: 10, authority: 'E10000006' }); } catch (e) { e instanceof UnknownAuthorityError; }
 */
export class UnknownAuthorityError extends Error {
  constructor(readonly authority: string) {
    super(`${authority} is not a current English upper-tier authority with postcode sectors.`);
    this.name = 'UnknownAuthorityError';
  }
}

let placeable: string[] | undefined;

/** English authorities with enough sectors to hold a synthetic population (not the City or Scilly). Internal. */
export function placeableAuthorities(): string[] {
  if (placeable) return placeable;
  const counts = new Map<string, number>();
  for (const s of englishSectors()) counts.set(s.authority, (counts.get(s.authority) ?? 0) + 1);
  placeable = LOCAL_AUTHORITIES.filter(
    (la) => la.nation === 'england' && (counts.get(la.code) ?? 0) >= 10,
  ).map((la) => la.code);
  return placeable;
}
const K3_FROM = dayOf(2024, 4, 1);

function collectionYear(start: number): CollectionYear {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * Generates a fictional local authority's looked-after children: their characteristics (age, sex,
 * ethnicity, UASC near national figures), several years of SSDA903 episodes with a realistic placement
 * mix, moves, durations and legal statuses, home and placement postcodes in real sectors of a real
 * English area (so distances are real, at sector precision), the settings they live in (in and out of
 * area, synthetic `SC9…` URNs), vacancies, referrals and fees. No real child is in it.
 *
 * Children are drawn from a steady flow into care over the 18 years before the window and the window
 * itself, keeping those still looked after in it, so the number looked after stays level through the
 * years (no growth that is an artefact of the draw). Episodes and placements are those open on or after
 * the window's first day, as the window's returns hold them: a child in care since before it has no RNE `S`.
 *
 * @throws {@link UnknownAuthorityError} when `authority` has no English postcode sectors (a programmer error).
 * @example
 * const la = generateAuthority({ seed: 1, children: 500 });
 * la.episodes.length; // about 2.4 episodes a child over three years
 */
export function generateAuthority(options: GenerateAuthorityOptions): SyntheticAuthority {
  const random = createRandom(options.seed);
  const startYear = options.startYear ?? 2022;
  const years = Math.max(1, options.years ?? 3);
  const code = options.authority ?? random.pick(placeableAuthorities());
  const real = LOCAL_AUTHORITIES.find((la) => la.code === code);
  const area = areaOf(code);
  if (area.home.length === 0) throw new UnknownAuthorityError(code);
  const windowStart = dayOf(startYear, 4, 1);
  const windowEnd = dayOf(startYear + years, 3, 31);
  const pool = createSettingPool(
    {
      authority: code,
      area,
      children: options.children,
      asOf: windowEnd,
      urnBlock: Number(code.slice(-3)) % 50,
      ofsted: options.ofsted ?? false,
    },
    random.fork('settings'),
  );
  const context = { area, pool, windowStart, windowEnd, k3From: K3_FROM };
  const prefix = options.idPrefix ?? 'C';
  const width = Math.max(5, String(options.children).length);
  const childRandom = random.fork('children');
  const histories: ChildHistory[] = [];
  for (let i = 1; i <= options.children; i++) {
    histories.push(simulateChild(`${prefix}${String(i).padStart(width, '0')}`, context, childRandom));
  }

  const sectors = createSectorLocator();
  const located = new Map<string, ReturnType<typeof sectors.locate>>();
  // Settings and homes repeat across placements: locate each postcode once.
  const locator = {
    locate(postcode: string) {
      if (!located.has(postcode)) located.set(postcode, sectors.locate(postcode));
      return located.get(postcode);
    },
  };
  const extras = random.fork('fees-referrals');
  const lastYearStart = isoOf(dayOf(startYear + years - 1, 4, 1));
  const placements: Placement[] = [];
  const fees: Fee[] = [];
  const referrals: Referral[] = [];
  for (const history of histories) {
    const own = placementsOf(history, code, locator);
    own.forEach(({ placement, run }, i) => {
      placements.push(placement);
      const pooled = run?.placement.pooled;
      const dob = dayOf(...(history.child.dateOfBirth.split('-').map(Number) as [number, number, number]));
      if (pooled && run)
        fees.push(feeFor(placement, pooled, ageAt(dob, run.start), `F${fees.length + 1}`, extras));
      const newCarer = i === 0 || placement.sameCarerSince === placement.start;
      if (placement.start >= lastYearStart && newCarer && placement.placementType !== 'A6') {
        referrals.push(referralFor(history, placement, code, `R${referrals.length + 1}`, windowEnd, extras));
      }
    });
  }
  const generated = {
    children: histories.map((h) => h.child),
    episodes: histories.flatMap((h) => h.episodes),
  };
  const faulted = options.faults ? injectFaults(generated, options.faults, random.fork('faults')) : undefined;
  return {
    authority: { code, name: `${real?.name ?? code} (synthetic)`, nation: 'england' },
    collectionYears: Array.from({ length: years }, (_, i) => collectionYear(startYear + i)),
    period: { start: isoOf(windowStart), end: isoOf(windowEnd) },
    children: faulted?.children ?? generated.children,
    episodes: faulted?.episodes ?? generated.episodes,
    placements,
    settings: pool.all.map((p) => p.setting),
    vacancies: vacanciesOn(windowEnd, pool.all, placements, random.fork('vacancies')),
    referrals,
    fees,
    faults: faulted?.faults ?? [],
  };
}
