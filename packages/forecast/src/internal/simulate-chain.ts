import type { Child, Episode } from '@placewise/model';
import type { AnnualReturn, LongitudinalHistory } from '../merge-returns.js';
import { fromDay, toDay } from './day.js';
import { createRandom } from './random.js';

/** Known constant rates for a simulated authority, by PLACE code (each code one category). */
export interface ChainRates {
  /** Children entering care per day, by PLACE code. */
  entries: Readonly<Record<string, number>>;
  /** Daily rate of moving between PLACE codes: moves[from][to]. */
  moves: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Daily rate of leaving care, by PLACE code. */
  leaves: Readonly<Record<string, number>>;
}

export interface SimulateChainOptions {
  from: string;
  to: string;
  seed: number;
  /** Age at entry in whole years is drawn uniformly from [min, max]. Default [10, 10]. */
  entryAge?: [number, number];
  /** End care on the 18th birthday (as in real data). Default false. */
  leaveAt18?: boolean;
}

/**
 * Simulates a continuous-time Markov chain with exponential waiting times: children enter by Poisson
 * processes and move or leave at constant rates. Event times are floored to days to make episodes.
 * Episodes still open on `to` are left open. For tests and benches, not for library use.
 */
export function simulateChain(rates: ChainRates, options: SimulateChainOptions): LongitudinalHistory {
  const random = createRandom(options.seed);
  const exponential = (rate: number) => -Math.log(1 - random()) / rate;
  const start = toDay(options.from);
  const end = toDay(options.to) + 1;
  const [minAge, maxAge] = options.entryAge ?? [10, 10];
  const children: Child[] = [];
  const episodes: Episode[] = [];
  for (const [place, rate] of Object.entries(rates.entries)) {
    for (let t = start + exponential(rate); t < end; t += exponential(rate)) {
      const id = `C${String(children.length + 1).padStart(6, '0')}`;
      const entryDay = Math.floor(t);
      const age = minAge + Math.floor(random() * (maxAge - minAge + 1));
      const dateOfBirth = fromDay(entryDay - Math.floor((age + random()) * 365.25));
      children.push({ id, sex: random() < 0.5 ? 'female' : 'male', dateOfBirth, uasc: false });
      const eighteen = Number(dateOfBirth.slice(0, 4)) + 18;
      const limit = options.leaveAt18 ? Math.min(end, toDay(`${eighteen}${dateOfBirth.slice(4)}`)) : end;
      let now = t;
      let current = place;
      let first = true;
      for (;;) {
        const outs = Object.entries(rates.moves[current] ?? {});
        const leave = rates.leaves[current] ?? 0;
        const total = outs.reduce((sum, [, r]) => sum + r, leave);
        const next = now + exponential(total);
        const startDay = Math.floor(now);
        const episode: Episode = {
          childId: id,
          start: fromDay(startDay),
          reasonNewEpisode: first ? 'S' : 'P',
          legalStatus: 'C2',
          categoryOfNeed: 'N1',
          placementType: current,
          placementProvider: 'PR1',
        };
        episodes.push(episode);
        const wasFirst: boolean = first;
        first = false;
        if (next >= limit) {
          if (limit < end) Object.assign(episode, { end: fromDay(limit), reasonEpisodeCeased: 'E8' });
          break;
        }
        let pick = random() * total;
        const move = outs.find(([, r]) => {
          pick -= r;
          return pick < 0;
        });
        episode.end = fromDay(Math.floor(next));
        if (!move) {
          episode.reasonEpisodeCeased = 'E4A';
          break;
        }
        if (Math.floor(next) === startDay) {
          // Two episodes cannot share a DECOM: a same-day move replaces the placement instead.
          episodes.pop();
          first = wasFirst;
        }
        episode.reasonEpisodeCeased = 'X1';
        episode.reasonPlaceChange = 'CARPL';
        current = move[0];
        now = next;
      }
    }
  }
  return { children, episodes, coveredFrom: options.from, coveredTo: options.to };
}

/**
 * Splits a history into the annual returns an authority would have sent: each year holds the episodes
 * open at some point in it (DEC blanked when after 31 March) and the header rows of their children.
 */
export function splitIntoReturns(
  history: LongitudinalHistory,
  firstYear: number,
  lastYear: number,
): AnnualReturn[] {
  const returns: AnnualReturn[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const yearStart = `${year}-04-01`;
    const yearEnd = `${year + 1}-03-31`;
    const episodes = history.episodes
      .filter((e) => e.start <= yearEnd && (e.end === undefined || e.end >= yearStart))
      .map((e) => {
        if (e.end === undefined || e.end <= yearEnd) return e;
        const { end: _end, reasonEpisodeCeased: _rec, reasonPlaceChange: _rpc, ...open } = e;
        return open;
      });
    const ids = new Set(episodes.map((e) => e.childId));
    returns.push({
      collectionYear: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
      children: history.children.filter((c) => ids.has(c.id)),
      episodes,
    });
  }
  return returns;
}
