import type { Child, Episode } from '@placewise/model';
import { dayOf, isoOf } from './internal/day.js';
import type { Random } from './random.js';

/** The malformed cases `@placewise/ssda903` checks for, each injectable on purpose. */
export type FaultKind =
  | 'invalid-code'
  | 'ends-before-start'
  | 'overlap'
  | 'no-header'
  | 'duplicate-child'
  | 'malformed-postcode'
  | 'missing-urn';

/**
 * Every {@link FaultKind}, in the order faults are dealt out.
 *
 * @example
 * generateAuthority({ seed: 1, children: 300, faults: { rate: 0.01, kinds: FAULT_KINDS } });
 */
export const FAULT_KINDS: readonly FaultKind[] = [
  'invalid-code',
  'ends-before-start',
  'overlap',
  'no-header',
  'duplicate-child',
  'malformed-postcode',
  'missing-urn',
];

/** Options for deliberate faults. */
export interface FaultOptions {
  /** Share of episodes to fault (at least one fault of each kind). */
  rate: number;
  /** Kinds to inject. Default: all of {@link FAULT_KINDS}. */
  kinds?: readonly FaultKind[];
}

/** One injected fault: which record, which table and column, and the issue code a reader should report. */
export interface InjectedFault {
  kind: FaultKind;
  /** The `@placewise/ssda903` issue code expected. */
  code: string;
  table: 'Header' | 'Episodes';
  column: string;
  childId: string;
  /** Index of the faulty record in the authority's `children` (Header) or `episodes` (Episodes). */
  record: number;
}

const SPEC: Record<FaultKind, { code: string; table: 'Header' | 'Episodes'; column: string }> = {
  'invalid-code': { code: 'code.invalid', table: 'Episodes', column: 'PLACE' },
  'ends-before-start': { code: 'episode.ends-before-start', table: 'Episodes', column: 'DEC' },
  overlap: { code: 'episode.truncated', table: 'Episodes', column: 'DECOM' },
  'no-header': { code: 'episode.no-header', table: 'Episodes', column: 'CHILD' },
  'duplicate-child': { code: 'child.duplicate', table: 'Header', column: 'CHILD' },
  'malformed-postcode': { code: 'postcode.malformed', table: 'Episodes', column: 'PL_POST' },
  'missing-urn': { code: 'urn.missing', table: 'Episodes', column: 'URN' },
};

const URN_TYPES = new Set(['U1', 'U3', 'U4', 'U6', 'K1', 'K2', 'K3']);

function dayOfIso(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** First calendar year of the collection year a date is in (April to March). */
function yearOf(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return iso.slice(5) < '04-01' ? y - 1 : y;
}

/** A closed episode inside one collection year, not starting on its first day (so moving a date keeps it there). */
function insideOneYear(e: Episode): boolean {
  return e.end !== undefined && yearOf(e.start) === yearOf(e.end) && e.start.slice(5) !== '04-01';
}

/** A PLACE code that is valid in some collection year but not in the one starting in `year`. */
function invalidPlaceFor(year: number): string {
  return year < 2024 ? 'K3' : year === 2024 ? 'Z11' : 'H5';
}

/**
 * Injects deliberate faults into generated children and episodes (new arrays; inputs untouched), each in
 * a different child, and says where each went. Faults that move dates are put in episodes that lie inside
 * one collection year, so each shows up in exactly one year's return. `generateAuthority` calls this
 * when given `faults`; call it directly to fault records of your own.
 *
 * @example
 * const { episodes, faults } = injectFaults({ children, episodes }, { rate: 0.01 }, createRandom(1));
 * faults[0]; // { kind: 'invalid-code', code: 'code.invalid', table: 'Episodes', column: 'PLACE', childId, record }
 */
export function injectFaults(
  input: { children: readonly Child[]; episodes: readonly Episode[] },
  options: FaultOptions,
  random: Random,
): { children: Child[]; episodes: Episode[]; faults: InjectedFault[] } {
  const children = [...input.children];
  const episodes = [...input.episodes];
  const faults: InjectedFault[] = [];
  const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : FAULT_KINDS;
  const total = Math.max(kinds.length, Math.round(options.rate * episodes.length));
  const used = new Set<string>();
  const order = episodes.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const childIndex = new Map(children.map((c, i) => [c.id, i]));
  let cursor = 0;

  const fits = (kind: FaultKind, i: number): boolean => {
    const e = episodes[i] as Episode;
    if (used.has(e.childId)) return false;
    switch (kind) {
      case 'invalid-code':
        return (
          insideOneYear(e) && e.urn !== undefined && e.placementType !== 'H5' && e.placementType !== 'K3'
        );
      case 'ends-before-start':
        return insideOneYear(e);
      case 'overlap': {
        const previous = episodes[i - 1];
        return (
          insideOneYear(e) &&
          previous?.childId === e.childId &&
          previous.end === e.start &&
          dayOfIso(e.start) - dayOfIso(previous.start) >= 2
        );
      }
      case 'missing-urn':
        return e.urn !== undefined && URN_TYPES.has(e.placementType);
      case 'malformed-postcode':
        return e.placementPostcode !== undefined;
      default:
        return true;
    }
  };

  for (let n = 0; n < total; n++) {
    const kind = kinds[n % kinds.length] as FaultKind;
    let found = -1;
    for (let tries = 0; tries < order.length && found < 0; tries++) {
      const i = order[(cursor + tries) % order.length] as number;
      if (fits(kind, i)) found = i;
    }
    if (found < 0) continue;
    cursor = (order.indexOf(found) + 1) % order.length;
    const e = episodes[found] as Episode;
    used.add(e.childId);
    let record = found;
    switch (kind) {
      case 'invalid-code':
        episodes[found] = { ...e, placementType: invalidPlaceFor(yearOf(e.start)) };
        break;
      case 'ends-before-start':
        episodes[found] = { ...e, end: isoOf(dayOfIso(e.start) - 1) };
        break;
      case 'overlap':
        episodes[found] = { ...e, start: isoOf(dayOfIso(e.start) - 1) };
        break;
      case 'no-header':
        record = episodes.push({ ...e, childId: `${e.childId}X` }) - 1;
        break;
      case 'duplicate-child': {
        const original = children[childIndex.get(e.childId) ?? -1];
        if (!original) continue;
        record = children.push({ ...original }) - 1;
        break;
      }
      case 'malformed-postcode':
        episodes[found] = { ...e, placementPostcode: 'NOT KNOWN' };
        break;
      case 'missing-urn': {
        const { urn: _urn, ...rest } = e;
        episodes[found] = rest;
        break;
      }
    }
    const childId = kind === 'no-header' ? `${e.childId}X` : e.childId;
    faults.push({ kind, ...SPEC[kind], childId, record });
  }
  return { children, episodes, faults };
}
