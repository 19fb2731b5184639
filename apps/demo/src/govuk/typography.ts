import { type Child, h } from '../dom/element.js';

/**
 * A page's heading with an optional caption above it (GOV.UK's heading-with-caption pattern).
 *
 * @example
 * pageHeading('Sufficiency', 'Synthetic authority')
 */
export function pageHeading(text: string, caption?: string): HTMLElement {
  return h('div', {}, [
    caption && h('span', { class: 'govuk-caption-l' }, [caption]),
    h('h1', { class: 'govuk-heading-l' }, [text]),
  ]);
}

/**
 * A GOV.UK body paragraph.
 *
 * @example
 * paragraph('Some text')
 */
export function paragraph(...children: Child[]): HTMLParagraphElement {
  return h('p', { class: 'govuk-body' }, children);
}

/**
 * A GOV.UK section heading (`m` by default).
 *
 * @example
 * sectionHeading('Rule findings')
 */
export function sectionHeading(text: string, size: 's' | 'm' | 'l' = 'm', level: 2 | 3 = 2): HTMLElement {
  return h(level === 2 ? 'h2' : 'h3', { class: `govuk-heading-${size}` }, [text]);
}

/**
 * GOV.UK inset text.
 *
 * @example
 * insetText('Figures are for 31 March 2025.')
 */
export function insetText(...children: Child[]): HTMLElement {
  return h('div', { class: 'govuk-inset-text' }, children);
}
