import type { Child, CollectionYear, Episode, GssCode } from '@placewise/model';
import { collectionYearBounds } from '@placewise/model';
import {
  emptyReturn,
  type ReturnFile,
  SSDA903_FILE_NAMES,
  type Ssda903Return,
  writeReturn,
} from '@placewise/ssda903';
import type { InjectedFault } from './faults.js';
import type { SyntheticAuthority } from './generate-authority.js';

/** An injected fault placed in one written file: the data row a reader should report it at. */
export interface LocatedFault extends InjectedFault {
  collectionYear: CollectionYear;
  file: string;
  /** 1-based data row (the header line is row 0). */
  row: number;
}

/** One collection year's return from a synthetic history: records, and where its faults sit. */
export interface SyntheticReturn {
  collectionYear: CollectionYear;
  value: Ssda903Return;
  faults: LocatedFault[];
}

/**
 * The SSDA903 return an authority would have made for one collection year of the synthetic history:
 * every episode open at some point in the year, as it stood on 31 March — an episode that ended later is
 * still open (no DEC, REC or REASON_PLACE_CHANGE), and a UASC child's DUC appears once it has passed —
 * and the Header rows of those children.
 *
 * @example
 * const { value } = returnForYear(generateAuthority({ seed: 1, children: 100 }), '2023-24');
 */
export function returnForYear(
  authority: SyntheticAuthority,
  collectionYear: CollectionYear,
): SyntheticReturn {
  const { start, end } = collectionYearBounds(collectionYear);
  const episodes: Episode[] = [];
  const episodeRows = new Map<number, number>();
  authority.episodes.forEach((e, i) => {
    if (e.start > end || (e.end !== undefined && e.end < start)) return;
    episodeRows.set(i, episodes.length + 1);
    if (e.end === undefined || e.end <= end) {
      episodes.push(e);
      return;
    }
    const { end: _end, reasonEpisodeCeased: _rec, reasonPlaceChange: _rpc, ...open } = e;
    episodes.push(open);
  });
  const present = new Set(episodes.map((e) => e.childId));
  const children: Child[] = [];
  const childRows = new Map<number, number>();
  authority.children.forEach((c, i) => {
    if (!present.has(c.id)) return;
    childRows.set(i, children.length + 1);
    if (c.uascCeased === undefined || c.uascCeased <= end) children.push(c);
    else {
      const { uascCeased: _duc, ...rest } = c;
      children.push(rest);
    }
  });
  const faults: LocatedFault[] = [];
  for (const fault of authority.faults) {
    const row = (fault.table === 'Header' ? childRows : episodeRows).get(fault.record);
    if (row === undefined) continue;
    const file = fault.table === 'Header' ? SSDA903_FILE_NAMES.Header : SSDA903_FILE_NAMES.Episodes;
    faults.push({ ...fault, collectionYear, file, row });
  }
  return { collectionYear, value: { ...emptyReturn(), children, episodes }, faults };
}

/** Options for {@link writeSyntheticReturns}. */
export interface WriteSyntheticReturnsOptions {
  /**
   * How several years are laid out: `folder` puts each year's files in a folder named for it
   * (`2023-24/episodes.csv`); `prefix` prefixes the file names (`2023-24-episodes.csv`). Default `folder`.
   */
  layout?: 'folder' | 'prefix';
  /** The years to write. Default: every year of the authority's history. */
  years?: readonly CollectionYear[];
}

/**
 * Writes consecutive years of SSDA903 CSV returns from one synthetic history (via
 * `@placewise/ssda903`'s writer, SEX coded for each year), so that reading each year back gives its
 * records exactly and merging the years rebuilds the history.
 *
 * @returns the files (paths relative to an output folder) and the faults located in them.
 * @example
 * const { files } = writeSyntheticReturns(generateAuthority({ seed: 1, children: 200 }));
 * files.map((f) => f.name); // ['2022-23/header.csv', '2022-23/episodes.csv', '2022-23/uasc.csv', '2023-24/header.csv', …]
 */
export function writeSyntheticReturns(
  authority: SyntheticAuthority,
  options: WriteSyntheticReturnsOptions = {},
): { files: { name: string; content: string }[]; faults: LocatedFault[] } {
  const files: { name: string; content: string }[] = [];
  const faults: LocatedFault[] = [];
  const separator = options.layout === 'prefix' ? '-' : '/';
  for (const year of options.years ?? authority.collectionYears) {
    const written = returnForYear(authority, year);
    for (const file of writeReturn(written.value, { collectionYear: year })) {
      files.push({ name: `${year}${separator}${file.name}`, content: file.content });
    }
    for (const fault of written.faults) faults.push({ ...fault, file: `${year}${separator}${fault.file}` });
  }
  return { files, faults };
}

/** Options for {@link syntheticAuthorityReturn}. */
export interface SyntheticAuthorityReturnOptions {
  /** The year reported. Default: the latest year of the authority's history. */
  year?: CollectionYear;
  /** The earlier years to include. Default: every year of the history before `year`. */
  earlier?: readonly CollectionYear[];
  /** Give each file's content as UTF-8 bytes, as a file read from disk holds it. Default: text. */
  bytes?: boolean;
}

/**
 * One authority's returns as files, in the shape `@placewise/region`'s `readAuthority` and
 * `buildRegionalReport` take (`{ gss, files, earlier }`): `year`'s files as the return reported and the
 * years before it as `earlier`, each written by {@link writeSyntheticReturns}, so a synthetic region can be
 * reported on without a folder on disk.
 *
 * @example
 * const input = syntheticAuthorityReturn(generateRegion({ seed: 1, authorities: 5, children: 160 })[0]!);
 * input.earlier?.map((e) => e.collectionYear); // ['2022-23', '2023-24']
 */
export function syntheticAuthorityReturn(
  authority: SyntheticAuthority,
  options: SyntheticAuthorityReturnOptions = {},
): {
  gss: GssCode;
  files: ReturnFile[];
  earlier: { collectionYear: CollectionYear; files: ReturnFile[] }[];
} {
  const years = authority.collectionYears;
  const year = options.year ?? (years[years.length - 1] as CollectionYear);
  const { files } = writeSyntheticReturns(authority, { years });
  const encoder = new TextEncoder();
  const of = (y: CollectionYear): ReturnFile[] =>
    files
      .filter((f) => f.name.startsWith(`${y}/`))
      .map((f) => ({
        name: f.name.slice(y.length + 1),
        content: options.bytes ? encoder.encode(f.content) : f.content,
      }));
  const wanted = options.earlier;
  return {
    gss: authority.authority.code,
    files: of(year),
    earlier: years
      .filter((y) => y < year && (wanted === undefined || wanted.includes(y)))
      .map((y) => ({ collectionYear: y, files: of(y) })),
  };
}
