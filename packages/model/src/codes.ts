import * as z from 'zod';
import type { CollectionYear } from './date.js';
import { CHILD_CODE_LISTS } from './internal/child-codes.js';
import type { CodeDefinition } from './internal/code-definition.js';
import { codeListYearOf } from './internal/code-list-year.js';
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

export { CodeDefinition } from './internal/code-definition.js';

/**
 * Every SSDA903 code list as data. Next year's changes are data-only edits: add codes with `validFrom`,
 * retire codes with `validUntil`. Lists are confirmed from 2019-20; the years from 2013-14 that could not
 * be confirmed are read with the nearest confirmed year's lists (`codeListYearFor`). Sources: the DfE CLA
 * validator's yearly rule files and the SSD data model.
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
 * Whether `code` is in `list` for `collectionYear` (an unconfirmed year by the nearest confirmed year's
 * lists). Codes match exactly (upper case, no spaces).
 * Date-level limits such as P2's `notForPlacementsAfter` are not checked here.
 *
 * @example
 * isValidCode('PLACE', 'K3', '2024-25'); // true
 * isValidCode('PLACE', 'H5', '2025-26'); // false
 */
export function isValidCode(list: CodeListName, code: string, collectionYear: CollectionYear): boolean {
  const year = codeListYearOf(collectionYear) ?? collectionYear;
  return CODE_LISTS[list].some((c) => c.code === code && isCodeDefinitionValidIn(c, year));
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
 * The codes of `list` valid in `collectionYear`, in list order (a new array each call). A year whose
 * lists are not confirmed is read with the nearest confirmed year's (see `codeListYearFor`).
 *
 * @example
 * codesFor('PLACE', '2025-26').map((c) => c.code).includes('Z11'); // true
 */
export function codesFor(list: CodeListName, collectionYear: CollectionYear): CodeDefinition[] {
  const year = codeListYearOf(collectionYear) ?? collectionYear;
  return CODE_LISTS[list].filter((c) => isCodeDefinitionValidIn(c, year));
}
