import { type AssignmentProblem, type AssignmentSolution, fillInOrder } from './assignment-problem.js';

/**
 * A whole-group assignment from candidate edges picked independently per vacancy (as the Lagrangian
 * knapsacks pick them: each vacancy's picks fit it, but a group may be picked by several vacancies or by
 * none). Picks are taken highest worth first, each only while its group is still unplaced and the vacancy
 * has room; then the groups left unplaced, in priority order, take their best candidate with room.
 * Groups never split, so this is only for problems where none may.
 */
export function repairPicks(p: AssignmentProblem, owner: Int32Array, picks: Int32Array): AssignmentSolution {
  const units = new Int32Array(p.start[p.referrals] as number);
  const room = p.capacity.slice();
  const placed = new Uint8Array(p.referrals);
  const worth = (e: number) => {
    const r = owner[e] as number;
    return (p.demand[r] as number) * ((p.value[e] as number) + (p.bonus[r] as number));
  };
  const sorted = Array.from(picks).sort((a, b) => worth(b) - worth(a) || a - b);
  for (const e of sorted) {
    const r = owner[e] as number;
    const v = p.vacancy[e] as number;
    const d = p.demand[r] as number;
    if (placed[r] || (room[v] as number) < d) continue;
    units[e] = d;
    room[v] = (room[v] as number) - d;
    placed[r] = 1;
  }
  return fillInOrder(
    p,
    Array.from(p.order).filter((r) => !placed[r]),
    units,
    room,
  );
}
