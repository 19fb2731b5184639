import type { CollectionYear } from '@placewise/model';
import { type generateRegion, writeSyntheticReturns } from '@placewise/synthetic';
import type { AuthorityReturn } from '../src/index.js';

/**
 * A generated authority's returns as files, the way `placewise synthetic` writes them (a folder per year):
 * `year`'s as the return, and as earlier years every other year it has, or only those in `years` when
 * given; the content as text or, with `bytes`, as the bytes a file holds (as `placewise region` reads it).
 */
export function syntheticReturn(
  la: ReturnType<typeof generateRegion>[number],
  year: CollectionYear,
  options: { years?: readonly string[]; bytes?: boolean } = {},
): AuthorityReturn {
  const { files } = writeSyntheticReturns(la);
  const encoder = new TextEncoder();
  const of = (y: string) =>
    files
      .filter((f) => f.name.startsWith(`${y}/`))
      .map((f) => ({
        name: f.name.slice(y.length + 1),
        content: options.bytes ? encoder.encode(f.content) : f.content,
      }));
  const { years } = options;
  return {
    gss: la.authority.code,
    files: of(year),
    earlier: la.collectionYears
      .filter((y) => y !== year && (years === undefined || years.includes(y)))
      .map((y) => ({ collectionYear: y, files: of(y) })),
  };
}
