import type { Ssda903Table } from '../table.js';
import type { XmlElement } from './xml-tree.js';

/** Nested elements of a child and the table each one's rows belong to (DfE validator `ingress.py`). */
export const NESTED: ReadonlyMap<string, Ssda903Table> = new Map<string, Ssda903Table>([
  ['EPISODE', 'Episodes'],
  ['AREVIEW', 'Reviews'],
  ['AMISSING', 'Missing'],
  ['OC2', 'OC2'],
  ['PERMANENCE', 'PrevPerm'],
  ['AD_PLACED', 'PlacedAdoption'],
  ['SW_EPISODE', 'SWEpisodes'],
]);

/** Where an element is: `['CHILD', 3, 'EPISODE', 2]` is the second EPISODE of the third CHILD read. */
export type XmlPath = (string | number)[];

/** A CHILD element, with the names of the elements it sits in (`Message/Children`). */
export interface FoundChild {
  element: XmlElement;
  route: string;
}

/** An element found within a CHILD: its parent's path and its place among same-named siblings. */
export interface FoundElement {
  element: XmlElement;
  parent: XmlPath;
  /** 1-based, among the parent's children of the same name. */
  ordinal: number;
}

/** The path of a found element; made only when an issue needs it. */
export function pathOf(found: FoundElement): XmlPath {
  return [...found.parent, found.element.name, found.ordinal];
}

/** A nested record within a CHILD. */
export interface FoundRecord extends FoundElement {
  table: Ssda903Table;
  /** Which of the child's HEADER elements it sits in (0 the first), or -1 for none. */
  header: number;
  /** The unrecognised element it sits in, if any (`EPISODES`). */
  wrapper: string | undefined;
}

/** What a CHILD holds: its HEADER elements and nested records, wherever within it they sit. */
export interface ChildParts {
  headers: FoundElement[];
  records: FoundRecord[];
}

/**
 * Every CHILD element (one with elements inside it, unlike a `CHILD` value in a HEADER) in document order,
 * at any depth; a CHILD inside a CHILD is found too and read as a child of its own.
 */
export function findChildElements(root: XmlElement): FoundChild[] {
  const found: FoundChild[] = [];
  const route: string[] = [];
  const visit = (node: XmlElement) => {
    for (const element of node.children) {
      if (element.children.length === 0) continue;
      if (element.name === 'CHILD') found.push({ element, route: route.join('/') });
      route.push(element.name);
      visit(element);
      route.pop();
    }
  };
  visit(root);
  return found;
}

/**
 * The HEADER elements and nested records of a CHILD, looking through any element the reader does not
 * know (a wrapper such as `EPISODES`) but not into a record or another CHILD.
 */
export function partsOfChild(child: XmlElement, path: XmlPath): ChildParts {
  const parts: ChildParts = { headers: [], records: [] };
  const visit = (node: XmlElement, at: XmlPath, header: number, wrapper: string | undefined) => {
    const seen = new Map<string, number>();
    for (const element of node.children) {
      const table = NESTED.get(element.name);
      const isHeader = element.name === 'HEADER';
      if (!table && !isHeader && (element.children.length === 0 || element.name === 'CHILD')) continue;
      const ordinal = (seen.get(element.name) ?? 0) + 1;
      seen.set(element.name, ordinal);
      if (table) {
        parts.records.push({ element, parent: at, ordinal, table, header, wrapper });
        continue;
      }
      const here = [...at, element.name, ordinal];
      if (isHeader) {
        parts.headers.push({ element, parent: at, ordinal });
        visit(element, here, parts.headers.length - 1, wrapper);
      } else visit(element, here, header, element.name);
    }
  };
  visit(child, path, -1, undefined);
  return parts;
}
