import { type AssignmentProblem, type AssignmentSolution, objectiveOf } from './assignment-problem.js';

/**
 * Local search on a whole-group assignment: moves a group (not allowed to split) to a better vacancy with
 * room, or into a full one by moving one group already there to its best other vacancy with room, while
 * that raises the objective; stops when a pass finds nothing or at `deadline`. Never breaks a group or
 * exceeds a capacity, so it only ever improves a feasible assignment.
 */
export function improveAssignment(
  p: AssignmentProblem,
  start: AssignmentSolution,
  deadline: number,
  now: () => number,
): AssignmentSolution {
  const units = start.units.slice();
  const room = p.capacity.slice();
  const at = new Int32Array(p.referrals).fill(-1); // the one edge a whole group sits on
  const movable = new Uint8Array(p.referrals);
  for (let r = 0; r < p.referrals; r++) {
    let edges = 0;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      const u = units[e] as number;
      if (u === 0) continue;
      edges++;
      at[r] = e;
      const v = p.vacancy[e] as number;
      room[v] = (room[v] as number) - u;
    }
    movable[r] = !p.split[r] && edges <= 1 ? 1 : 0;
  }
  const gainOf = (r: number, e: number) => {
    const d = p.demand[r] as number;
    const current = at[r] as number;
    return (
      d * ((p.value[e] as number) + (p.bonus[r] as number)) -
      (current < 0 ? 0 : d * ((p.value[current] as number) + (p.bonus[r] as number)))
    );
  };
  const place = (r: number, e: number) => {
    const d = p.demand[r] as number;
    const current = at[r] as number;
    if (current >= 0) {
      units[current] = 0;
      room[p.vacancy[current] as number] = (room[p.vacancy[current] as number] as number) + d;
    }
    units[e] = d;
    room[p.vacancy[e] as number] = (room[p.vacancy[e] as number] as number) - d;
    at[r] = e;
  };
  // Who sits in each vacancy, rebuilt lazily: a list per vacancy of referrals.
  const occupants = (v: number) => {
    const list: number[] = [];
    for (let r = 0; r < p.referrals; r++)
      if ((at[r] as number) >= 0 && p.vacancy[at[r] as number] === v) list.push(r);
    return list;
  };
  const bestElsewhere = (r: number, avoid: number): [number, number] => {
    let best = -1;
    let gain = Number.NEGATIVE_INFINITY;
    const d = p.demand[r] as number;
    for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
      const v = p.vacancy[e] as number;
      if (v === avoid || (room[v] as number) < d) continue;
      const g = gainOf(r, e);
      if (g > gain) {
        gain = g;
        best = e;
      }
    }
    // Leaving it unplaced is always possible.
    const current = at[r] as number;
    const unplace = current >= 0 ? -d * ((p.value[current] as number) + (p.bonus[r] as number)) : 0;
    return gain >= unplace ? [best, gain] : [-1, unplace];
  };
  let improved = true;
  while (improved && now() < deadline) {
    improved = false;
    for (const r of p.order) {
      if (!movable[r] || now() >= deadline) continue;
      const d = p.demand[r] as number;
      for (let e = p.start[r] as number; e < (p.start[r + 1] as number); e++) {
        if (e === at[r]) break; // edges are best first: nothing better below the current one
        const gain = gainOf(r, e);
        if (gain <= 0) continue;
        const v = p.vacancy[e] as number;
        const current = at[r] as number;
        const free = (room[v] as number) + (current >= 0 && p.vacancy[current] === v ? d : 0);
        if (free >= d) {
          place(r, e);
          improved = true;
          break;
        }
        // Make room by moving one occupant elsewhere (or out), if the exchange gains overall.
        let done = false;
        for (const o of occupants(v)) {
          if (!movable[o] || o === r || free + (p.demand[o] as number) < d) continue;
          const [to, loss] = bestElsewhere(o, v);
          if (gain + loss <= 0) continue;
          if (to >= 0) place(o, to);
          else {
            const oe = at[o] as number;
            units[oe] = 0;
            room[v] = (room[v] as number) + (p.demand[o] as number);
            at[o] = -1;
          }
          place(r, e);
          done = true;
          break;
        }
        if (done) {
          improved = true;
          break;
        }
      }
    }
  }
  return { units, objective: objectiveOf(p, units) };
}
