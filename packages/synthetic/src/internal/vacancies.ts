import type { Placement, Vacancy } from '@placewise/model';
import type { Random } from '../random.js';
import { type Day, isoOf } from './day.js';
import type { PooledSetting } from './settings-pool.js';

/**
 * Vacancies on a day: settings (not kinship households) with fewer of the authority's children than
 * places, about half of them advertised, each offered from within four weeks at the setting's usual fee.
 */
export function vacanciesOn(
  asOf: Day,
  settings: readonly PooledSetting[],
  placements: readonly Placement[],
  random: Random,
): Vacancy[] {
  const day = isoOf(asOf);
  const occupied = new Map<string, number>();
  for (const p of placements) {
    if (!p.settingId || p.start > day || (p.end !== undefined && p.end <= day)) continue;
    occupied.set(p.settingId, (occupied.get(p.settingId) ?? 0) + 1);
  }
  const vacancies: Vacancy[] = [];
  for (const pooled of settings) {
    const { setting } = pooled;
    if (setting.type === 'kinship-household') continue;
    const free = setting.places - (occupied.get(setting.id) ?? 0);
    if (free <= 0 || !random.chance(0.5)) continue;
    vacancies.push({
      id: `V${vacancies.length + 1}`,
      setting,
      placesFree: free,
      availableFrom: isoOf(asOf + random.int(0, 28)),
      weeklyCost: pooled.weeklyFee,
    });
  }
  return vacancies;
}
