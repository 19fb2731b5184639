import { indexValueOn, parsePriceIndexSeries } from '@placewise/costs';
import { CliExit, type CliIo } from '../../io.js';
import { displayName } from '../files.js';
import { readJson } from '../read-json.js';

const MS_PER_YEAR = 365.25 * 86_400_000;

/**
 * The price index the spend is carried with: a series file (`@placewise/costs`' PriceIndexSeries, e.g. ONS CPI
 * with the council's own assumptions for later years), or a constant yearly rate counted from `costsAt`.
 */
export async function resolvePriceIndex(
  flags: { inflation?: string; priceIndex?: string },
  costsAt: string,
  io: Pick<CliIo, 'stdin'> = {},
): Promise<((date: string) => number | undefined) | undefined> {
  if (flags.inflation !== undefined && flags.priceIndex !== undefined)
    throw new CliExit(2, 'Choose one of --inflation and --price-index.');
  if (flags.inflation !== undefined) {
    const rate = Number(flags.inflation.replace(/%$/, '')) / 100;
    if (!Number.isFinite(rate) || rate <= -1)
      throw new CliExit(2, '--inflation must be a yearly percentage, like 3 or 2.5%.');
    const base = Date.parse(costsAt);
    return (date) => (1 + rate) ** ((Date.parse(date) - base) / MS_PER_YEAR);
  }
  if (flags.priceIndex === undefined) return undefined;
  const { value: series, issues } = parsePriceIndexSeries(await readJson(flags.priceIndex, io));
  if (!series)
    throw new CliExit(
      2,
      `${displayName(flags.priceIndex)} is not a price index series: ${issues[0]?.message ?? 'invalid'} at ${issues[0]?.location.path?.join('.') ?? ''}.`,
    );
  return (date) => indexValueOn(series, date);
}
