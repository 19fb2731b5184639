import { h } from '../dom/element.js';

/** GOV.UK tag colours. */
export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'blue'
  | 'light-blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

/**
 * Renders the GOV.UK Frontend tag.
 *
 * @example
 * tag('Breach', 'red')
 */
export function tag(text: string, colour?: TagColour): HTMLElement {
  return h('strong', { class: `govuk-tag${colour ? ` govuk-tag--${colour}` : ''}` }, [text]);
}
