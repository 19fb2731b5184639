/**
 * Turns a chart's markup from `@placewise/charts` (which escapes every value it writes) into nodes for the
 * page. Parsed with `DOMParser`, which runs no scripts; the charts use no inline styles, so the CSP holds.
 *
 * @example
 * fromMarkup(barChart([{ label: 'ENG-01', value: 3 }], { title: 'Findings by rule' }))
 */
export function fromMarkup(markup: string): Element {
  const parsed = new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild;
  return parsed ? document.importNode(parsed, true) : document.createElement('div');
}
