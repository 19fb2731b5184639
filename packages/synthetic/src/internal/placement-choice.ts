import type { GridPoint } from '@placewise/model';
import type { Random } from '../random.js';
import { type Area, pickSector, postcodeIn } from './area.js';
import type { PooledSetting, Ring, SettingPool } from './settings-pool.js';

/** A placement as the generator holds it while simulating. */
export interface PlannedPlacement {
  type: string;
  provider?: string;
  postcode?: string;
  urn?: string;
  pooled?: PooledSetting;
  /** The day the placement would end if nothing else happened first. */
  plannedEnd: number;
}

/** Mean days in a placement of each type before a move (so moves happen at realistic rates). */
const MEAN_STAY: Record<string, number> = {
  U1: 3600,
  U3: 900,
  U4: 3600,
  U6: 700,
  K1: 80,
  K2: 1100,
  OT: 300,
  H5: 420,
  K3: 420,
  P1: 800,
};

/** Inputs the placement choice needs. */
export interface ChoiceContext {
  age: number;
  legalStatus: string;
  uasc: boolean;
  day: number;
  /** Day supported accommodation is recorded as K3 rather than H5 (1 April 2024). */
  k3From: number;
  homePostcode: string | undefined;
  /** The family home's sector centroid: settings are drawn towards it. */
  homePoint: GridPoint | undefined;
  pool: SettingPool;
  area: Area;
}

function typeWeights(c: ChoiceContext): [string, number][] {
  const withParents = !c.uasc && ['C1', 'C2'].includes(c.legalStatus);
  const w: [string, number][] =
    c.age < 10
      ? [
          ['U6', 0.39],
          ['U3', 0.14],
          ['P1', 0.28],
          ['K2', c.age >= 8 ? 0.05 : 0],
          ['OT', 0.12],
        ]
      : c.age < 16
        ? [
            ['U6', 0.37],
            ['U3', 0.08],
            ['K2', 0.22],
            ['P1', 0.16],
            ['OT', 0.14],
            ['K1', c.age >= 12 ? 0.01 : 0],
          ]
        : [
            ['SA', 0.58],
            ['U6', 0.16],
            ['K2', 0.14],
            ['U3', 0.05],
            ['P1', 0.08],
            ['OT', 0.1],
          ];
  return w
    .filter(([t]) => withParents || t !== 'P1')
    .map(([t, weight]) => [t, c.uasc && t === 'U3' ? 0 : weight] as [string, number])
    .filter(([, weight]) => weight > 0);
}

function ring(random: Random, home: number, near: number): Ring {
  const r = random.next();
  return r < home ? 'home' : r < home + near ? 'near' : 'far';
}

function fromPool(
  pooled: PooledSetting,
  type: string,
  provider: string,
  plannedEnd: number,
): PlannedPlacement {
  return {
    type,
    provider,
    pooled,
    plannedEnd,
    ...(pooled.setting.location.postcode ? { postcode: pooled.setting.location.postcode } : {}),
    ...(pooled.setting.urn ? { urn: pooled.setting.urn } : {}),
  };
}

/**
 * Chooses a new placement for a child by age and legal status, near the national mix (foster care
 * about two thirds; children's homes and supported accommodation mostly for teenagers; supported
 * accommodation only from 16, as the regulations require), with its provider and setting.
 */
export function choosePlacement(c: ChoiceContext, random: Random): PlannedPlacement {
  const kind = random.weighted(typeWeights(c));
  const stay = (type: string) => c.day + 1 + Math.round(random.exponential(MEAN_STAY[type] ?? 300));
  const pool = c.pool;
  switch (kind) {
    case 'P1':
      return {
        type: 'P1',
        provider: 'PR0',
        plannedEnd: stay('P1'),
        ...(c.homePostcode ? { postcode: c.homePostcode } : {}),
      };
    case 'U3':
      return fromPool(
        pool.add('kinship', ring(random, 0.5, 0.22), random, undefined, c.homePoint),
        'U3',
        'PR1',
        stay('U3'),
      );
    case 'U6': {
      if (random.chance(0.58))
        return fromPool(
          pool.pick('foster-in-house', ring(random, 0.7, 0.22), random, c.homePoint),
          'U6',
          'PR1',
          stay('U6'),
        );
      const provider = random.chance(0.85) ? 'PR4' : 'PR5';
      return fromPool(
        pool.pick('foster-agency', ring(random, 0.34, 0.38), random, c.homePoint),
        'U6',
        provider,
        stay('U6'),
      );
    }
    case 'K2': {
      const r = random.next();
      if (r < 0.12)
        return fromPool(pool.pick('home-la', 'home', random, c.homePoint), 'K2', 'PR1', stay('K2'));
      const provider = r < 0.92 ? 'PR4' : 'PR5';
      return fromPool(
        pool.pick('home', ring(random, 0.2, 0.32), random, c.homePoint),
        'K2',
        provider,
        stay('K2'),
      );
    }
    case 'OT': {
      // Other residential settings (R1 care home, R2 health setting): no Ofsted URN is required for them.
      // Most have no placement postcode recorded, as DfE's "other placement" rows have no locality.
      const type = random.weighted([
        ['R1', 0.3],
        ['R2', 0.7],
      ]);
      const where = ring(random, 0.4, 0.3);
      const sector = pickSector(c.area[where].length > 0 ? c.area[where] : c.area.home, random);
      return {
        type,
        provider: type === 'R2' ? 'PR3' : 'PR4',
        ...(random.chance(0.9) ? {} : { postcode: postcodeIn(sector, random) }),
        plannedEnd: stay('OT'),
      };
    }
    case 'K1':
      return fromPool(pool.pick('secure', 'far', random), 'K1', 'PR2', stay('K1'));
    default: {
      const type = c.day >= c.k3From ? 'K3' : 'H5';
      const r = random.next();
      const provider = r < 0.6 ? 'PR4' : r < 0.85 ? 'PR5' : 'PR1';
      const end = stay(type);
      return fromPool(
        pool.pick('supported', ring(random, 0.45, 0.3), random, c.homePoint),
        type,
        provider,
        type === 'H5' ? Math.min(end, c.k3From) : end,
      );
    }
  }
}

/** Placement with adopters: A6 (placement order, new carers) with adopters in or near the area. */
export function chooseAdoptivePlacement(c: ChoiceContext, random: Random, careEnd: number): PlannedPlacement {
  const own = random.chance(0.7);
  const where = ring(random, 0.2, 0.4);
  const sector = pickSector(c.area[where].length > 0 ? c.area[where] : c.area.home, random);
  return {
    type: 'A6',
    provider: own ? 'PR1' : 'PR2',
    postcode: postcodeIn(sector, random),
    urn: own ? c.pool.adoptionUrn : random.pick(c.pool.agencyUrns),
    plannedEnd: careEnd + 1,
  };
}
