import { type AssignmentProblem, type AssignmentSolution, objectiveOf } from './assignment-problem.js';

/**
 * Local search on a whole-group assignment. For each group (not allowed to split), in priority order, it
 * tries each candidate better than where the group sits now: moving there if it has room, or else moving
 * one group already there to that group's best other vacancy with room (counting the places the first group
 * leaves, so two groups may swap) or out, whenever the exchange raises the objective. Passes repeat until one
 * finds nothing or `deadline` passes. Never breaks a group or exceeds a capacity, so it only ever improves a
 * feasible assignment. Occupants are kept in one linked list per vacancy, so a pass costs about Σ candidates
 * × occupants × their candidates.
 */
export function improveAssignment(
  p: AssignmentProblem,
  start: AssignmentSolution,
  deadline: number,
  now: () => number,
): AssignmentSolution {
  const s = createState(p, start.units);
  let improved = true;
  while (improved && now() < deadline) {
    improved = false;
    for (let k = 0; k < p.order.length; k++) {
      const r = p.order[k] as number;
      if (s.movable[r] && improveGroup(p, s, r)) improved = true;
      if ((k & 63) === 63 && now() >= deadline) break;
    }
  }
  return { units: s.units, objective: objectiveOf(p, s.units) };
}

interface SearchState {
  readonly units: Int32Array;
  readonly room: Int32Array;
  /** The one edge each whole group sits on (-1 unplaced). */
  readonly at: Int32Array;
  readonly movable: Uint8Array;
  /** Occupants of each vacancy: first group, then next/previous group in the list (-1 ends). */
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly prev: Int32Array;
}

function createState(p: AssignmentProblem, units: Int32Array): SearchState {
  const s: SearchState = {
    units: units.slice(),
    room: p.capacity.slice(),
    at: new Int32Array(p.referrals).fill(-1),
    movable: new Uint8Array(p.referrals),
    head: new Int32Array(p.vacancies).fill(-1),
    next: new Int32Array(p.referrals).fill(-1),
    prev: new Int32Array(p.referrals).fill(-1),
  };
  for (let r = 0; r < p.referrals; r++) {
    let edges = 0;
    let at = -1;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      const u = s.units[e] as number;
      if (u === 0) continue;
      edges++;
      at = e;
      const v = p.vacancy[e] as number;
      s.room[v] = (s.room[v] as number) - u;
    }
    s.movable[r] = !p.split[r] && edges <= 1 ? 1 : 0;
    if (s.movable[r] && at >= 0) {
      s.at[r] = at;
      link(s, r, p.vacancy[at] as number);
    }
  }
  return s;
}

function link(s: SearchState, r: number, v: number): void {
  const first = s.head[v] as number;
  s.next[r] = first;
  s.prev[r] = -1;
  if (first >= 0) s.prev[first] = r;
  s.head[v] = r;
}

function unlink(s: SearchState, r: number, v: number): void {
  const before = s.prev[r] as number;
  const after = s.next[r] as number;
  if (before >= 0) s.next[before] = after;
  else s.head[v] = after;
  if (after >= 0) s.prev[after] = before;
}

/** Moves group r to edge e (or out, e = -1), keeping units, room and the occupant lists. */
function place(p: AssignmentProblem, s: SearchState, r: number, e: number): void {
  const d = p.demand[r] as number;
  const current = s.at[r] as number;
  if (current >= 0) {
    const v = p.vacancy[current] as number;
    s.units[current] = 0;
    s.room[v] = (s.room[v] as number) + d;
    unlink(s, r, v);
  }
  s.at[r] = e;
  if (e < 0) return;
  const v = p.vacancy[e] as number;
  s.units[e] = d;
  s.room[v] = (s.room[v] as number) - d;
  link(s, r, v);
}

/** Worth of group r on edge e (0 for e = -1, unplaced). */
function worthOf(p: AssignmentProblem, r: number, e: number): number {
  return e < 0 ? 0 : (p.demand[r] as number) * ((p.value[e] as number) + (p.bonus[r] as number));
}

/** One improving move for group r, if there is one; returns whether it moved. */
function improveGroup(p: AssignmentProblem, s: SearchState, r: number): boolean {
  const d = p.demand[r] as number;
  const current = s.at[r] as number;
  const from = current >= 0 ? (p.vacancy[current] as number) : -1;
  const here = worthOf(p, r, current);
  for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
    if (e === current) return false; // edges are best first: nothing better below the current one
    const gain = worthOf(p, r, e) - here;
    if (gain <= 0) return false;
    const v = p.vacancy[e] as number;
    if ((p.capacity[v] as number) < d) continue;
    const free = s.room[v] as number;
    if (free >= d) {
      place(p, s, r, e);
      return true;
    }
    // Make room by moving one occupant elsewhere (into the places r leaves, too) or out.
    for (let o = s.head[v] as number; o >= 0; o = s.next[o] as number) {
      if (!s.movable[o] || free + (p.demand[o] as number) < d) continue;
      const [to, worth] = bestElsewhere(p, s, o, v, from, d);
      if (gain + worth - worthOf(p, o, s.at[o] as number) <= 0) continue;
      place(p, s, o, -1);
      place(p, s, r, e);
      if (to >= 0) place(p, s, o, to);
      return true;
    }
  }
  return false;
}

/**
 * Group o's best edge outside vacancy `avoid` with room for it, counting `freed` places that will open in
 * vacancy `freedIn`; [-1, 0] when leaving it unplaced is best.
 */
function bestElsewhere(
  p: AssignmentProblem,
  s: SearchState,
  o: number,
  avoid: number,
  freedIn: number,
  freed: number,
): [number, number] {
  const d = p.demand[o] as number;
  for (let e = p.start[o] as number; e < (p.start[o + 1] as number); e++) {
    const v = p.vacancy[e] as number;
    if (v === avoid) continue;
    const room = (s.room[v] as number) + (v === freedIn ? freed : 0);
    if (room < d) continue;
    const worth = worthOf(p, o, e);
    return worth > 0 ? [e, worth] : [-1, 0];
  }
  return [-1, 0];
}
