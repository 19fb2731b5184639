import type { AssignmentResult, MatchResult } from '@placewise/matching';

const pad = (text: string, width: number) =>
  text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);

/** `placewise match` as text: the top eligible vacancies with their main reasons, then why the rest failed. */
export function matchTable(result: MatchResult, top: number): string {
  const rows = result.results.filter((r) => r.eligible).slice(0, top);
  const lines = [`${pad('rank', 5)}${pad('vacancy', 14)}${pad('score', 7)}main reasons`];
  for (const row of rows) {
    const reasons = [...row.explanation]
      .filter((e) => e.weight > 0)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, 3)
      .map((e) => `${e.criterion} ${e.rawLabel}`);
    lines.push(
      `${pad(String(row.rank), 5)}${pad(row.vacancyId, 14)}${pad(row.score.toFixed(3), 7)}${reasons.join('; ')}`,
    );
  }
  const failures = new Map<string, number>();
  for (const row of result.results)
    for (const f of row.failures) failures.set(f.code, (failures.get(f.code) ?? 0) + 1);
  const common = [...failures]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `${code} ${n}`);
  lines.push(
    `${result.eligibleCount} of ${result.results.length} vacancies eligible.${common.length ? ` Not eligible: ${common.join(', ')}.` : ''}`,
  );
  lines.push(
    'Distances are straight-line miles between postcode-sector centroids (DfE method): approximate.',
  );
  return `${lines.join('\n')}\n`;
}

/** `placewise assign` as text: each assignment, the totals beside greedy, and who was left unmatched. */
export function assignTable(result: AssignmentResult): string {
  const lines = [`${pad('referral', 14)}${pad('vacancy', 14)}${pad('places', 8)}score`];
  for (const a of result.assignments)
    lines.push(
      `${pad(a.referralId, 14)}${pad(a.vacancyId, 14)}${pad(String(a.places), 8)}${a.score.toFixed(3)}`,
    );
  lines.push(
    `Total score ${result.totalScore} (${result.optimal ? 'optimal' : 'best found, not proven optimal'}); greedy ${result.greedy.totalScore}. ` +
      `Children placed ${result.placedChildren} (greedy ${result.greedy.placedChildren}).`,
  );
  for (const u of result.unmatched) {
    const reasons = u.reasons.map((r) => `${r.code} (${r.vacancies})`).join(', ');
    lines.push(`Unmatched ${u.referralId}: ${u.childrenUnplaced} child(ren) not placed; ${reasons}`);
  }
  return `${lines.join('\n')}\n`;
}
