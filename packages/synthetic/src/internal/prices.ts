import type { Random } from '../random.js';

/** Kinds of setting the generator builds, each with its own price range. */
export type PriceBand =
  | 'childrens-home'
  | 'childrens-home-la'
  | 'secure'
  | 'fostering-agency'
  | 'fostering-in-house'
  | 'kinship'
  | 'supported';

/**
 * Weekly fees in pounds: [median, log spread, floor, ceiling], from the reference costs in the domain
 * brief §4 — children's homes about £6,100 a week (CCN, NAO 2023-24), IFAs about £820–£890 (CMA 2020,
 * Moray FOI 2024), LA fostering £400–£650 (Valuing Care 2018, PSSRU 2017), supported accommodation median
 * near £600 in a range of £260–£6,776 (Lincolnshire FOI 2023). Secure children's home fees in England
 * are unknown ([U]); the range here is an assumption.
 */
const BANDS: Record<PriceBand, readonly [number, number, number, number]> = {
  'childrens-home': [5800, 0.28, 3000, 14000],
  'childrens-home-la': [4600, 0.2, 2800, 9000],
  secure: [7500, 0.15, 5500, 11000],
  'fostering-agency': [860, 0.12, 600, 1400],
  'fostering-in-house': [450, 0.18, 250, 800],
  kinship: [260, 0.12, 170, 420],
  supported: [600, 0.55, 260, 6776],
};

/** A weekly fee in whole pence drawn from a band (rounded to the pound, as fees are quoted). */
export function drawWeeklyFee(band: PriceBand, random: Random): number {
  const [median, sigma, floor, ceiling] = BANDS[band];
  const pounds = Math.min(ceiling, Math.max(floor, Math.round(random.logNormal(median, sigma))));
  return pounds * 100;
}
