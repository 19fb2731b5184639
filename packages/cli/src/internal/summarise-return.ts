import type { CollectionYear, IsoDate, PostcodeLocator } from '@placewise/model';
import {
  type AuthorityReturn,
  type AuthoritySummary,
  readAuthority,
  summariseAuthority,
  type TransformReturn,
} from '@placewise/region';
import { createPseudonymiser, pseudonymiseReturn } from '@placewise/ssda903';

/** What every authority of a `region report` run is read and summarised with (plain data: a worker gets it too). */
export interface SummariseSettings {
  collectionYear: CollectionYear;
  /** The first day of the region's forecast window (`findForecastWindow`). */
  from: IsoDate;
  /** The `--key-file` key: each return is pseudonymised with it as it is read. */
  key?: Uint8Array;
}

/** One authority's summary, and how many error issues reading its return found. */
export interface SummarisedReturn {
  summary: AuthoritySummary;
  errors: number;
}

/**
 * The `--key-file` key as a transform that pseudonymises each return as it is read. Keyed hashing gives the
 * same pseudonym for the same identifier from any pseudonymiser made with the key, so each worker making
 * its own gives the pseudonyms one shared pseudonymiser gives; within a worker (or the one thread) one
 * serves every return, so a child in several years' returns is hashed once.
 */
export async function pseudonymiseWith(key: Uint8Array): Promise<TransformReturn> {
  const pseudonymiser = await createPseudonymiser({ key });
  return (value) => pseudonymiseReturn(value, { key, pseudonymiser });
}

/**
 * The per-authority work of `region report`, the same in a worker and in the one thread: the return read
 * with `readAuthority` (parsed, merged over its years, placements derived) and summarised with
 * `summariseAuthority` over the region's forecast window.
 */
export async function summariseReturn(
  input: AuthorityReturn,
  settings: Pick<SummariseSettings, 'collectionYear' | 'from'>,
  context: { locator: PostcodeLocator; transform?: TransformReturn },
): Promise<SummarisedReturn> {
  const read = await readAuthority(input, {
    collectionYear: settings.collectionYear,
    locator: context.locator,
    ...(context.transform ? { transform: context.transform } : {}),
  });
  const summary = summariseAuthority(read, {
    collectionYear: settings.collectionYear,
    locator: context.locator,
    from: settings.from,
  });
  return { summary, errors: read.issues.filter((i) => i.severity === 'error').length };
}
