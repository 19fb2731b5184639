import type { planCapacity } from '@placewise/region';
import type { CliIo } from '../io.js';

/** What `placewise region plan` found, as the text output prints it. */
export interface PlanResult {
  date: string;
  /**
   * Set when the children are the forecast's for `date`, not those placed away now; `authorities` says which
   * were held as now (not forecast) and why.
   */
  forecast: { method: string; authorities?: readonly { gss: string; heldAsNow?: string }[] } | null;
  childrenPlacedAway: number;
  unlocated: number;
  candidates: number;
  plan: ReturnType<typeof planCapacity>;
}

/**
 * Prints the plan: sites, children brought back, miles and cost, marginal values, bound and gap; for a
 * forecast year, how many authorities were held as now (their forecast refused) and why.
 */
export function printPlan(
  io: CliIo,
  { date, forecast, childrenPlacedAway, unlocated, candidates, plan }: PlanResult,
): void {
  const more = unlocated > 0 ? ` (${unlocated} more with no home postcode that locates)` : '';
  // Authorities whose forecast was refused are held as now: the figure is then partly today's, and says so.
  const held = (forecast?.authorities ?? []).filter((a) => a.heldAsNow !== undefined);
  const all = forecast?.authorities?.length ?? 0;
  const heldNote = held.length > 0 ? `, ${held.length} of ${all} authorities held as now, not forecast` : '';
  const when = forecast ? `forecast for ${date}${heldNote}` : `on ${date}`;
  io.stdout(`${childrenPlacedAway} children placed outside the region or over 20 miles from home ${when}`);
  io.stdout(`${more}; ${candidates} candidate sectors.\n`);
  if (forecast) io.stdout(`${forecast.method}\n`);
  for (const a of held) io.stdout(`  Held as now: ${a.gss}: ${a.heldAsNow}\n`);
  for (const s of plan.sites) io.stdout(`  ${s.candidate}: ${s.places} place(s), ${s.children} child(ren)\n`);
  io.stdout(`Children brought within 20 miles: ${plan.childrenBroughtBack}; miles saved: ${plan.milesSaved}`);
  io.stdout(`${plan.costChange === null ? '' : `; weekly cost change: £${plan.costChange}`}\n`);
  io.stdout(`Marginal value of each place: ${plan.added.map((p) => p.marginalValue).join(', ')}\n`);
  io.stdout(
    `Objective ${plan.value}, bound ${plan.bound}, gap ${(plan.gap * 100).toFixed(1)}% (${plan.method}).\n`,
  );
}
