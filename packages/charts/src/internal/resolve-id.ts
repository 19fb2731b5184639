import { chartId } from './chart-id.js';

/** The caller's id made safe for an attribute (letters, digits, `-`, `_`), or one derived from the chart. */
export function resolveId(kind: string, id: string | undefined, title: string, data: unknown): string {
  const safe = id?.replace(/[^A-Za-z0-9_-]/g, '-');
  return safe && safe.length > 0 ? safe : chartId(kind, title, data);
}
