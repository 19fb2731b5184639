import type { Fee, Placement } from '@placewise/model';
import type { Random } from '../random.js';
import type { PooledSetting } from './settings-pool.js';

function ageBand(age: number): string {
  return age < 5 ? '0-4' : age < 10 ? '5-9' : age < 16 ? '10-15' : '16-17';
}

/**
 * The fee agreed for a placement in a pooled setting: the setting's usual weekly fee varied ±10%, with
 * one in eight children's home placements at an enhanced staffing ratio (1:1 about 1.6×, 2:1 about
 * 2.4×: most £10k+/week placements are 2:1 or more, LGA 2023) and one in six split with health or
 * education.
 */
export function feeFor(
  placement: Placement,
  pooled: PooledSetting,
  ageAtStart: number,
  id: string,
  random: Random,
): Fee {
  const home = pooled.setting.type === 'childrens-home';
  const ratio = home
    ? random.weighted([
        ['standard', 0.88],
        ['1:1', 0.09],
        ['2:1', 0.03],
      ] as const)
    : undefined;
  const uplift = ratio === '1:1' ? 1.6 : ratio === '2:1' ? 2.4 : 1;
  const amount = Math.round((pooled.weeklyFee * uplift * (0.9 + random.next() * 0.2)) / 100) * 100;
  const split = home && random.chance(1 / 6);
  const health = split ? Math.round((amount * random.int(10, 30)) / 10000) * 100 : 0;
  const education = split ? Math.round((amount * random.int(0, 15)) / 10000) * 100 : 0;
  return {
    id,
    placementId: placement.id,
    settingId: pooled.setting.id,
    amount,
    unit: 'week',
    from: placement.start,
    ...(placement.end ? { to: placement.end } : {}),
    contributions: { socialCare: amount - health - education, health, education },
    category: placement.category,
    ...(placement.placementProvider ? { providerType: placement.placementProvider } : {}),
    ageBand: ageBand(ageAtStart),
    ...(ratio ? { staffingRatio: ratio } : {}),
    ...(placement.locality ? { inArea: placement.locality === 'IN' } : {}),
  };
}
