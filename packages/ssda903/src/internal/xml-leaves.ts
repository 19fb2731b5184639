import type { XmlElement } from './xml-tree.js';

const NONE: readonly RepeatedLeaf[] = [];
const ALIASES: Readonly<Record<string, string>> = { CHILDID: 'CHILD', PL: 'PLACE' };

/** A column given more than once in one record. */
export interface RepeatedLeaf {
  column: string;
  /** Whether the copies hold different values. */
  conflict: boolean;
  /** The repeat's element: its offset in the text locates it. */
  element: XmlElement;
  /** The index in `elements` of the element the repeat sits in. */
  source: number;
}

/** A tag the record's element may not hold, as met in one record: its first element and how many. */
export interface UnknownLeaf {
  name: string;
  element: XmlElement;
  /** The index in `elements` of the element the first one sits in. */
  source: number;
  count: number;
}

const NO_UNKNOWN: readonly UnknownLeaf[] = [];

/**
 * Copies the text-only children of `elements` (one record's) into fields, renaming the XML-only tags
 * (`CHILDID`, `PL`). An empty or whitespace-only element (`<UASC />`) is an absent value, not an empty one.
 * A column given twice is reported once in `repeated`; the first value is kept. A tag whose column is not in
 * `known` (the tags the record may hold) is listed in `unknown`, empty or not, once per name with a count;
 * its value is still copied, and the caller reads only the columns its table has.
 */
export function leavesOf(
  elements: readonly XmlElement[],
  known: ReadonlySet<string>,
): {
  fields: Map<string, string>;
  repeated: readonly RepeatedLeaf[];
  unknown: readonly UnknownLeaf[];
} {
  const fields = new Map<string, string>();
  let repeated: Map<string, RepeatedLeaf> | undefined;
  let unknown: Map<string, UnknownLeaf> | undefined;
  elements.forEach((node, source) => {
    for (const element of node.children) {
      if (element.children.length > 0) continue;
      const column = Object.hasOwn(ALIASES, element.name) ? (ALIASES[element.name] as string) : element.name;
      if (!known.has(column)) {
        unknown ??= new Map();
        const met = unknown.get(element.name);
        if (met) met.count++;
        else unknown.set(element.name, { name: element.name, element, source, count: 1 });
      }
      const value = element.text.trim();
      if (value === '') continue;
      const kept = fields.get(column);
      if (kept === undefined) {
        fields.set(column, value);
        continue;
      }
      const conflict = kept !== value;
      repeated ??= new Map();
      const earlier = repeated.get(column);
      if (!earlier) repeated.set(column, { column, conflict, element, source });
      else if (conflict && !earlier.conflict) Object.assign(earlier, { conflict, element, source });
    }
  });
  return {
    fields,
    repeated: repeated ? [...repeated.values()] : NONE,
    unknown: unknown ? [...unknown.values()] : NO_UNKNOWN,
  };
}
