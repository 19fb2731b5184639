import type { CostLine, WeeklyCosts } from '@placewise/forecast';
import { CliExit, type CliIo } from '../../io.js';
import { displayName } from '../files.js';
import { readJson } from '../read-json.js';

const SHAPE = 'an object of category → weekly cost in pounds, or → [{ "label", "share", "weekly" }] lines';

/** Reads `--costs`: category → pounds a week, or lines with shares; converted to pence. */
export async function readCosts(path: string, io: Pick<CliIo, 'stdin'> = {}): Promise<WeeklyCosts> {
  const parsed = await readJson(path, io);
  const file = displayName(path);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new CliExit(2, `${file} must be ${SHAPE}.`);
  const pence: Record<string, number | CostLine[]> = {};
  const money = (v: unknown, where: string) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new CliExit(2, `${file}: ${where} must be a number of pounds, 0 or more.`);
    return Math.round(v * 100);
  };
  for (const [category, value] of Object.entries(parsed)) {
    if (!Array.isArray(value)) {
      pence[category] = money(value, `the weekly cost of "${category}"`);
      continue;
    }
    pence[category] = value.map((line: unknown, i) => {
      const { label, share, weekly } = (line ?? {}) as Record<string, unknown>;
      if (typeof label !== 'string' || typeof share !== 'number')
        throw new CliExit(
          2,
          `${file}: "${category}" line ${i + 1} needs a label, a share and a weekly cost.`,
        );
      return { label, share, weekly: money(weekly, `"${category}" line ${i + 1}'s weekly cost`) };
    });
  }
  return pence;
}
