import type { Issue, IssueSeverity } from '@placewise/model';
import { type Child, h } from '../dom/element.js';
import { formatCount } from '../format.js';
import { issuesCsv } from './issues-csv.js';
import { issuesTable } from './issues-table.js';
import { table } from './table.js';
import { type TagColour, tag } from './tag.js';

const PAGE_SIZE = 50;
const RANK: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 };
const COLOURS: Record<IssueSeverity, TagColour> = { error: 'red', warning: 'yellow', info: 'blue' };
const FILTERS: [string, string][] = [
  ['all', 'All issues'],
  ['error', 'Errors only'],
  ['warning', 'Warnings only'],
  ['info', 'Information only'],
];

/** Issues counted by code, errors first, then the most frequent. */
function countsByCode(issues: readonly Issue[]): HTMLElement {
  const counts = new Map<string, { severity: IssueSeverity; count: number }>();
  for (const issue of issues) {
    const seen = counts.get(issue.code);
    if (seen) seen.count++;
    else counts.set(issue.code, { severity: issue.severity, count: 1 });
  }
  const rows = [...counts].sort(
    ([a, x], [b, y]) => RANK[x.severity] - RANK[y.severity] || y.count - x.count || a.localeCompare(b),
  );
  return table({
    caption: 'Issues by code',
    captionSize: 's',
    id: 'issue-counts',
    columns: [{ header: 'Code' }, { header: 'Severity' }, { header: 'Issues', numeric: true }],
    rows: rows.map(([code, { severity, count }]) => [
      h('code', {}, [code]),
      tag(severity, COLOURS[severity]),
      formatCount(count),
    ]),
  });
}

/** The GOV.UK pagination component for `pages` pages, calling `go` with the page chosen. */
function pagination(page: number, pages: number, go: (page: number) => void): HTMLElement | false {
  if (pages <= 1) return false;
  const link = (target: number, children: (Node | string)[], attributes: Record<string, string> = {}) => {
    const a = h(
      'a',
      { class: 'govuk-link govuk-pagination__link', href: '#issues', ...attributes },
      children,
    );
    a.addEventListener('click', (event) => {
      event.preventDefault();
      go(target);
    });
    return a;
  };
  const numbers: number[] = [];
  for (let p = 1; p <= pages; p++) if (p === 1 || p === pages || Math.abs(p - page) <= 1) numbers.push(p);
  const items: HTMLElement[] = [];
  numbers.forEach((p, i) => {
    if (i > 0 && p - (numbers[i - 1] as number) > 1) {
      items.push(h('li', { class: 'govuk-pagination__item govuk-pagination__item--ellipses' }, ['⋯']));
    }
    const current = p === page;
    items.push(
      h('li', { class: `govuk-pagination__item${current ? ' govuk-pagination__item--current' : ''}` }, [
        link(p, [String(p)], { 'aria-label': `Page ${p}`, ...(current ? { 'aria-current': 'page' } : {}) }),
      ]),
    );
  });
  return h('nav', { class: 'govuk-pagination', 'aria-label': 'Issues pages', id: 'issues-pagination' }, [
    page > 1 &&
      h('div', { class: 'govuk-pagination__prev' }, [
        link(page - 1, [h('span', { class: 'govuk-pagination__link-title' }, ['Previous'])], { rel: 'prev' }),
      ]),
    h('ul', { class: 'govuk-pagination__list' }, items),
    page < pages &&
      h('div', { class: 'govuk-pagination__next' }, [
        link(page + 1, [h('span', { class: 'govuk-pagination__link-title' }, ['Next'])], { rel: 'next' }),
      ]),
  ]);
}

/**
 * Issues readable at any size: counts by code, a severity filter, pages of 50 (errors first) and a link
 * to download every issue as CSV, built in the browser (nothing is sent anywhere).
 *
 * @example
 * issuesPanel(result.issues)
 */
export function issuesPanel(issues: readonly Issue[]): HTMLElement {
  const ordered = [...issues].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const filter = h(
    'select',
    { class: 'govuk-select', id: 'issue-severity', name: 'issue-severity' },
    FILTERS.map(([value, text]) => h('option', { value }, [text])),
  );
  const slot = h('div', { id: 'issues-page' });
  const show = (page: number) => {
    const chosen = filter.value;
    const kept = chosen === 'all' ? ordered : ordered.filter((issue) => issue.severity === chosen);
    const pages = Math.max(1, Math.ceil(kept.length / PAGE_SIZE));
    const current = Math.min(Math.max(1, page), pages);
    const from = (current - 1) * PAGE_SIZE;
    const parts: Child[] = [
      h('p', { class: 'govuk-body-s', id: 'issues-showing' }, [
        kept.length === 0
          ? 'No issues of this severity.'
          : `Showing ${formatCount(from + 1)} to ${formatCount(Math.min(from + PAGE_SIZE, kept.length))} of ${formatCount(kept.length)} issues.`,
      ]),
      kept.length > 0 &&
        issuesTable(kept.slice(from, from + PAGE_SIZE), {
          caption: 'Issues, with where they are',
          id: 'issues',
          limit: PAGE_SIZE,
        }),
      pagination(current, pages, show),
    ];
    slot.replaceChildren(...parts.filter((part): part is Node => part instanceof Node));
  };
  filter.addEventListener('change', () => show(1));
  show(1);
  const download = h(
    'a',
    {
      class: 'govuk-link',
      id: 'download-issues',
      download: 'issues.csv',
      href: URL.createObjectURL(new Blob([issuesCsv(ordered)], { type: 'text/csv' })),
    },
    [`Download all issues (CSV, ${formatCount(issues.length)} rows)`],
  );
  return h('section', { id: 'issues-panel' }, [
    countsByCode(ordered),
    h('p', { class: 'govuk-body' }, [download]),
    h('div', { class: 'govuk-form-group' }, [
      h('label', { class: 'govuk-label', for: 'issue-severity' }, ['Show']),
      filter,
    ]),
    slot,
  ]);
}
