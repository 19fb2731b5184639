import { type PriceIndexSeries, parsePriceIndexSeries } from '@placewise/costs';
import { CliExit, type CliIo } from '../io.js';
import { displayName } from './files.js';
import { readJson } from './read-json.js';

/**
 * The price index series for `costs benchmark --restate-to`, read from `--index <file>`: no series is built in,
 * so restating without one is a usage error (exit 2).
 */
export async function readPriceIndexFile(
  restateTo: string | undefined,
  index: string | undefined,
  io: Pick<CliIo, 'stdin'>,
): Promise<PriceIndexSeries | undefined> {
  if (!restateTo) return undefined;
  if (!index) {
    throw new CliExit(
      2,
      '--restate-to needs --index <file>: a price index series as JSON (see the costs README).',
      {
        code: 'cli.missing-option',
      },
    );
  }
  const parsed = parsePriceIndexSeries(await readJson(index, io));
  if (!parsed.value) {
    const first = parsed.issues[0];
    throw new CliExit(
      2,
      `${displayName(index)} is not a price index series: ${first?.message ?? 'invalid'}`,
      {
        code: 'file.invalid',
        issues: parsed.issues,
      },
    );
  }
  return parsed.value;
}
