import { DOMParser, type Element } from '@xmldom/xmldom';

/** A chart's markup parsed strictly as XML (a malformed or injected figure fails to parse), with helpers. */
export interface ParsedFigure {
  figure: Element;
  svg: Element;
  all: (tag: string, within?: Element) => Element[];
  text: (element: Element | undefined) => string;
  /** Body rows of the data table as cell texts (row header first). */
  tableRows: () => string[][];
  tableHead: () => string[];
}

export function parseFigure(markup: string): ParsedFigure {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(markup, 'text/xml');
  const figure = doc.documentElement as unknown as Element;
  const all = (tag: string, within: Element = figure) => Array.from(within.getElementsByTagName(tag));
  const text = (element: Element | undefined) => element?.textContent ?? '';
  const svg = all('svg')[0];
  if (!svg) throw new Error('no <svg> in the figure');
  const cells = (row: Element) =>
    Array.from(row.childNodes)
      .filter((c) => c.nodeType === 1)
      .map((c) => c.textContent ?? '');
  return {
    figure,
    svg,
    all,
    text,
    tableRows: () => all('tbody').flatMap((body) => all('tr', body).map(cells)),
    tableHead: () => all('thead').flatMap((head) => all('tr', head).map(cells))[0] ?? [],
  };
}
