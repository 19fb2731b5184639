import type { Child, Placement } from '@placewise/model';
import type { Coverage, TableCoverage } from '@placewise/ssda903';
import type { SufficiencyDataset } from '@placewise/sufficiency';
import type { ReadAuthority } from './read-authority.js';

/**
 * One dataset of every authority's children, episodes and placements, identifiers prefixed with the
 * authority's code (two authorities may both have a child `C0001`), and coverage summed.
 *
 * @example
 * const all = sumDatasets(read);
 * all.children.length; // the region's children
 */
export function sumDatasets(
  read: readonly ReadAuthority[],
): SufficiencyDataset & { children: SufficiencyDataset['children'] } {
  const children: SufficiencyDataset['children'][number][] = [];
  const episodes: SufficiencyDataset['episodes'][number][] = [];
  const placements: SufficiencyDataset['placements'][number][] = [];
  const tables: Coverage['tables'] = {};
  let readRows = 0;
  let used = 0;
  for (const a of read) {
    const id = (child: string) => `${a.gss}:${child}`;
    for (const c of a.dataset.children) children.push({ ...c, id: id(c.id) });
    for (const e of a.dataset.episodes) episodes.push({ ...e, childId: id(e.childId) });
    for (const p of a.dataset.placements) placements.push({ ...p, childId: id(p.childId), id: id(p.id) });
    for (const [table, t] of Object.entries(a.coverage.tables) as [
      keyof Coverage['tables'],
      TableCoverage,
    ][]) {
      const into = tables[table] ?? { read: 0, used: 0 };
      tables[table] = { read: into.read + t.read, used: into.used + t.used };
    }
    readRows += a.coverage.read;
    used += a.coverage.used;
  }
  const incomplete = read.some((a) => a.coverage.status === 'incomplete');
  const coverage: Coverage = {
    tables,
    read: readRows,
    used,
    status: incomplete ? 'incomplete' : 'complete',
    ...(incomplete ? { reason: 'At least one authority’s return is incomplete.' } : {}),
  };
  return { children, episodes, placements, coverage };
}

/**
 * Coverage of several returns together: rows read and used added per table; incomplete when any is.
 *
 * @example
 * const coverage = sumCoverage(read.map((a) => a.coverage));
 */
export function sumCoverage(parts: readonly Coverage[]): Coverage {
  const tables: Coverage['tables'] = {};
  let readRows = 0;
  let used = 0;
  for (const c of parts) {
    for (const [table, t] of Object.entries(c.tables) as [keyof Coverage['tables'], TableCoverage][]) {
      const into = tables[table] ?? { read: 0, used: 0 };
      tables[table] = { read: into.read + t.read, used: into.used + t.used };
    }
    readRows += c.read;
    used += c.used;
  }
  const incomplete = parts.some((c) => c.status === 'incomplete');
  return {
    tables,
    read: readRows,
    used,
    status: incomplete ? 'incomplete' : 'complete',
    ...(incomplete ? { reason: 'At least one authority’s return is incomplete.' } : {}),
  };
}

/**
 * The children of the given placements, identifiers prefixed with their authority's code. Internal.
 *
 * @example
 * placedChildren(read, [{ gss: 'E08000035', placements }]);
 */
export function placedChildren(
  read: readonly ReadAuthority[],
  placed: readonly { gss: string; placements: readonly Placement[] }[],
): Child[] {
  const out: Child[] = [];
  read.forEach((a, i) => {
    const ids = new Set((placed[i]?.placements ?? []).map((p) => p.childId));
    for (const c of a.dataset.children) if (ids.has(c.id)) out.push({ ...c, id: `${a.gss}:${c.id}` });
  });
  return out;
}
