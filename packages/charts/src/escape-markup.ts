const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for use inside an HTML or SVG element or a quoted attribute, so that data never becomes
 * markup: the one escaper behind every chart and every HTML report Placewise renders.
 *
 * @example
 * escapeMarkup('<b>Smith & Sons</b>'); // '&lt;b&gt;Smith &amp; Sons&lt;/b&gt;'
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
