import * as z from 'zod';
import { CollectionYear, IsoDate } from './date.js';
import { CHILD_CODE_LISTS } from './internal/child-codes.js';
import { compareCollectionYears } from './internal/collection-year-order.js';
import { EPISODE_CODE_LISTS } from './internal/episode-codes.js';

/**
 * The SSDA903 code lists Placewise knows, by their column name (`UPN_UNKNOWN` holds the UN1–UN5 codes).
 *
 * @example
 * CodeListName.parse('PLACE');
 */
export const CodeListName = z.enum([
  'PLACE',
  'LS',
  'RNE',
  'REC',
  'CIN',
  'PLACE_PROVIDER',
  'REASON_PLACE_CHANGE',
  'ETHNIC',
  'UPN_UNKNOWN',
  'MISSING',
]);
/** @see {@link CodeListName} */
export type CodeListName = z.infer<typeof CodeListName>;

/**
 * One code of an SSDA903 code list and the collection years it may be returned in.
 * `validFrom` and `validUntil` are inclusive; absent means no limit on that side.
 * Descriptions are Placewise's own words, not DfE's text.
 *
 * @example
 * const k3: CodeDefinition = { code: 'K3', description: 'Supported accommodation', validFrom: '2024-25' };
 */
export const CodeDefinition = z.object({
  code: z.string().min(1),
  description: z.string().min(1),
  /** First collection year the code may be returned in. */
  validFrom: CollectionYear.optional(),
  /** Last collection year the code may be returned in. */
  validUntil: CollectionYear.optional(),
  /** The code may not be used for placements that start after this date (P2: 28 October 2023). */
  notForPlacementsAfter: IsoDate.optional(),
  /** True where the description is Placewise's best reading, not confirmed against DfE guidance. */
  unconfirmed: z.boolean().optional(),
});
/** @see {@link CodeDefinition} */
export type CodeDefinition = z.infer<typeof CodeDefinition>;

/**
 * Every SSDA903 code list as data. Next year's changes are data-only edits: add codes with `validFrom`,
 * retire codes with `validUntil`. Lists begin at 2019-20, the earliest year Placewise covers; earlier
 * years read as invalid. Sources: the DfE CLA validator's yearly rule files and the SSD data model.
 *
 * @example
 * CODE_LISTS.PLACE.find((c) => c.code === 'K3')?.validFrom; // '2024-25'
 */
export const CODE_LISTS: Readonly<Record<CodeListName, readonly CodeDefinition[]>> = {
  ...EPISODE_CODE_LISTS,
  ...CHILD_CODE_LISTS,
};

/**
 * Whether a code may be returned in a collection year, by a definition's `validFrom`/`validUntil`.
 *
 * @example
 * isCodeDefinitionValidIn({ code: 'K3', description: 'Supported accommodation', validFrom: '2024-25' }, '2023-24'); // false
 */
export function isCodeDefinitionValidIn(definition: CodeDefinition, collectionYear: CollectionYear): boolean {
  const { validFrom, validUntil } = definition;
  if (validFrom !== undefined && compareCollectionYears(collectionYear, validFrom) < 0) return false;
  if (validUntil !== undefined && compareCollectionYears(collectionYear, validUntil) > 0) return false;
  return true;
}

/**
 * Whether `code` is in `list` for `collectionYear`. Codes match exactly (upper case, no spaces).
 * Date-level limits such as P2's `notForPlacementsAfter` are not checked here.
 *
 * @example
 * isValidCode('PLACE', 'K3', '2024-25'); // true
 * isValidCode('PLACE', 'H5', '2025-26'); // false
 */
export function isValidCode(list: CodeListName, code: string, collectionYear: CollectionYear): boolean {
  return CODE_LISTS[list].some((c) => c.code === code && isCodeDefinitionValidIn(c, collectionYear));
}

/**
 * The description of a code in any year it was valid, or `undefined` if the list never held it.
 *
 * @example
 * describeCode('PLACE_PROVIDER', 'PR4'); // 'Private provider'
 */
export function describeCode(list: CodeListName, code: string): string | undefined {
  return CODE_LISTS[list].find((c) => c.code === code)?.description;
}

/**
 * The codes of `list` valid in `collectionYear`, in list order (a new array each call).
 *
 * @example
 * codesFor('PLACE', '2025-26').map((c) => c.code).includes('Z11'); // true
 */
export function codesFor(list: CodeListName, collectionYear: CollectionYear): CodeDefinition[] {
  return CODE_LISTS[list].filter((c) => isCodeDefinitionValidIn(c, collectionYear));
}
