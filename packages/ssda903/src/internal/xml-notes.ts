import type { Issue } from '@placewise/model';
import type { Ssda903Table } from '../table.js';
import { issue } from './issue.js';
import { type FoundChild, type FoundRecord, pathOf, type XmlPath } from './xml-child.js';
import type { UnknownLeaf } from './xml-leaves.js';

/** Where the first element of an unknown tag sits, and how many the file holds. */
interface UnknownTag {
  first: UnknownLeaf;
  path: XmlPath;
  table: Ssda903Table;
  row: number;
  count: number;
}

/**
 * File-level notes: records read through a wrapper, value tags the reader does not read where they sit, and
 * CHILD elements at more than one depth.
 */
export class Notes {
  private readonly wrappers = new Map<string, { first: FoundRecord; count: number }>();
  private readonly unknownTags = new Map<string, UnknownTag>();

  /** Counts the unknown tag `leaf` met in the element at `path`, whose row is `row` of `table`. */
  unknownTag(leaf: UnknownLeaf, path: XmlPath, table: Ssda903Table, row: number): void {
    const known = this.unknownTags.get(leaf.name);
    if (known) known.count += leaf.count;
    else this.unknownTags.set(leaf.name, { first: leaf, path, table, row, count: leaf.count });
  }

  /** Counts a record read through a wrapper. */
  wrapped(record: FoundRecord): void {
    const key = `${record.wrapper}>${record.element.name}`;
    const known = this.wrappers.get(key);
    if (known) known.count++;
    else this.wrappers.set(key, { first: record, count: 1 });
  }

  /**
   * One `xml.wrapper` per wrapper and record name, one `xml.tag-unknown` per tag name, one `xml.child-depth`
   * per other route to CHILD.
   */
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
    for (const { first, path, table, row, count } of this.unknownTags.values()) {
      const holder = path[path.length - 2];
      issues.push(
        issue(
          'xml.tag-unknown',
          `${count} ${first.name} element(s) are not an SSDA903 tag the reader reads where they sit (the first in ${holder}, line ${line(first.element.at)}); their values are ignored.`,
          { ...at, table, row, path: [...path, first.name] },
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
