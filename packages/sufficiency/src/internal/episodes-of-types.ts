import type { Episode } from '@placewise/model';
import type { DatasetIndex } from '../dataset-index.js';

/** The episodes whose PLACE is one of `types`, from the index's by-type lists. */
export function episodesOfTypes(index: DatasetIndex, types: Iterable<string>): Episode[] {
  const out: Episode[] = [];
  for (const type of types) {
    const list = index.episodesByPlacementType.get(type);
    if (list) for (const e of list) out.push(e);
  }
  return out;
}
