import * as z from 'zod';

/**
 * The kinds of Ofsted-registered provision the market package counts: the three kinds of children's home
 * Ofsted's national totals add up, and independent fostering agencies.
 *
 * @example
 * ProvisionKind.parse('secure-childrens-home');
 */
export const ProvisionKind = z.enum([
  'childrens-home',
  'residential-special-school',
  'secure-childrens-home',
  'fostering-agency',
]);
/** @see {@link ProvisionKind} */
export type ProvisionKind = z.infer<typeof ProvisionKind>;

/**
 * The kinds that are children's homes in Ofsted's counts (a residential special school registered as a
 * children's home included).
 *
 * @example
 * HOME_KINDS.includes('fostering-agency'); // false
 */
export const HOME_KINDS: readonly ProvisionKind[] = [
  'childrens-home',
  'residential-special-school',
  'secure-childrens-home',
];

const KINDS: Record<string, ProvisionKind> = {
  "children's home": 'childrens-home',
  "residential special school (registered as a children's home)": 'residential-special-school',
  "secure children's home": 'secure-childrens-home',
  'independent fostering agency': 'fostering-agency',
};

/**
 * Classifies Ofsted's "Provision type" text, ignoring case, spacing and curly apostrophes.
 *
 * @returns the kind, or `undefined` for provision the market package does not count (boarding schools,
 * family centres, adoption agencies, supported accommodation…).
 * @example
 * provisionKindOf("Children's Home"); // 'childrens-home'
 */
export function provisionKindOf(text: string): ProvisionKind | undefined {
  return KINDS[
    text
      .trim()
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .replace(/\s+/g, ' ')
  ];
}
