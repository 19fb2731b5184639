/** What may go inside an element: nodes, text, or nothing (skipped, so conditionals read simply). */
export type Child = Node | string | number | null | undefined | false;
/** Attributes by name; `false`/`undefined` leave the attribute out, `true` sets it empty. */
export type Attributes = Record<string, string | number | boolean | undefined>;

function fill<E extends Element>(element: E, attributes: Attributes, children: readonly Child[]): E {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    // Text always goes in as a text node: data never becomes markup.
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/**
 * Creates an HTML element with attributes and children.
 *
 * @example
 * h('p', { class: 'govuk-body' }, ['Hello'])
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, children);
}

