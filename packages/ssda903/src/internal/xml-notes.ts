import type { Issue } from '@placewise/model';
import { issue } from './issue.js';
import { type FoundChild, type FoundRecord, pathOf } from './xml-child.js';

/** File-level notes: records read through a wrapper, and CHILD elements at more than one depth. */
export class Notes {
  private readonly wrappers = new Map<string, { first: FoundRecord; count: number }>();

  /** Counts a record read through a wrapper. */
  wrapped(record: FoundRecord): void {
    const key = `${record.wrapper}>${record.element.name}`;
    const known = this.wrappers.get(key);
    if (known) known.count++;
    else this.wrappers.set(key, { first: record, count: 1 });
  }

  /** One `xml.wrapper` per wrapper and record name, one `xml.child-depth` per other route to CHILD. */
  issues(children: readonly FoundChild[], at: { file?: string }, line: (offset: number) => number): Issue[] {
    const issues: Issue[] = [];
    for (const { first, count } of this.wrappers.values()) {
      const name = first.element.name;
      issues.push(
        issue(
          'xml.wrapper',
          `${count} ${name} element(s) sit inside ${first.wrapper}, which the reader does not know; they are read as their CHILD's (first at line ${line(first.element.at)}).`,
          { ...at, table: first.table, path: pathOf(first) },
        ),
      );
    }
    const reference = children[0]?.route;
    const routes = new Map<string, { ordinal: number; count: number }>();
    children.forEach((child, i) => {
      if (child.route === reference) return;
      const known = routes.get(child.route);
      if (known) known.count++;
      else routes.set(child.route, { ordinal: i + 1, count: 1 });
    });
    for (const [route, { ordinal, count }] of routes) {
      const element = children[ordinal - 1]?.element;
      issues.push(
        issue(
          'xml.child-depth',
          `${count} CHILD element(s) sit in ${route || 'the document'}, where the first sits in ${reference || 'the document'}; they are read too (first at line ${line(element?.at ?? 0)}).`,
          { ...at, path: ['CHILD', ordinal] },
        ),
      );
    }
    return issues;
  }
}
