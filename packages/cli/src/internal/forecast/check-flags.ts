import type { MergeStrategy } from '@placewise/forecast';
import { CliExit } from '../../io.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The `sufficiency forecast` flags checked before anything is read. */
export interface ForecastFlagsToCheck {
  from?: string;
  to?: string;
  costsAt?: string;
  json?: boolean;
  html?: string;
  step: string;
  merge: string;
  samples: string;
  seed: string;
}

/** Checks the forecast's flags, ending the command with exit 2 on the first bad one; gives the numbers parsed. */
export function checkForecastFlags(flags: ForecastFlagsToCheck): {
  samples: number;
  seed: number;
  merge: MergeStrategy;
  step: 'day' | 'week';
} {
  if (flags.json && flags.html) throw new CliExit(2, 'Choose one of --json and --html.');
  for (const name of ['from', 'to', 'costsAt'] as const)
    if (flags[name] !== undefined && !ISO_DATE.test(flags[name] as string))
      throw new CliExit(2, `--${name === 'costsAt' ? 'costs-at' : name} must be a date written YYYY-MM-DD.`);
  if (flags.step !== 'day' && flags.step !== 'week') throw new CliExit(2, '--step must be day or week.');
  if (flags.merge !== 'latest-wins' && flags.merge !== 'union')
    throw new CliExit(2, '--merge must be latest-wins or union.');
  const samples = Number(flags.samples);
  const seed = Number(flags.seed);
  if (!Number.isInteger(samples) || samples < 1)
    throw new CliExit(2, '--samples must be a whole number of at least 1.');
  if (!Number.isInteger(seed)) throw new CliExit(2, '--seed must be a whole number.');
  return { samples, seed, merge: flags.merge, step: flags.step };
}
