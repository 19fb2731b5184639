import type { Sex } from './child.js';
import { type CodeDefinition, isCodeDefinitionValidIn } from './codes.js';
import type { CollectionYear } from './date.js';
import { codeListYearOf } from './internal/code-list-year.js';
import { defineCode } from './internal/define-code.js';

/**
 * The SSDA903 SEX codes by collection year: `1`/`2` from 2013-14 until 2023-24, `M`/`F`/`U` from 2024-25
 * (DfE CLA validator rule 101, 2024-25; earlier years' guides give `1`/`2`).
 *
 * @example
 * SEX_CODES.filter((c) => c.validFrom === '2024-25').map((c) => c.code); // ['M', 'F', 'U']
 */
export const SEX_CODES: readonly CodeDefinition[] = [
  defineCode('1', 'Male', { validFrom: '2013-14', validUntil: '2023-24' }),
  defineCode('2', 'Female', { validFrom: '2013-14', validUntil: '2023-24' }),
  defineCode('M', 'Male', { validFrom: '2024-25' }),
  defineCode('F', 'Female', { validFrom: '2024-25' }),
  defineCode('U', 'Unknown', { validFrom: '2024-25' }),
];

const SEX_OF_CODE: Readonly<Record<string, Sex>> = {
  '1': 'male',
  '2': 'female',
  M: 'male',
  F: 'female',
  U: 'unknown',
};

/**
 * Maps an SSDA903 SEX code to the model's {@link Sex}, or `undefined` when the code is not valid in
 * that collection year (a `1` in 2024-25, an `M` in 2023-24, anything else). Surrounding spaces are ignored.
 *
 * @example
 * sexFromCode('2', '2023-24'); // 'female'
 * sexFromCode('F', '2024-25'); // 'female'
 * sexFromCode('2', '2024-25'); // undefined
 */
export function sexFromCode(code: string, collectionYear: CollectionYear): Sex | undefined {
  const trimmed = code.trim();
  const definition = SEX_CODES.find((c) => c.code === trimmed);
  const year = codeListYearOf(collectionYear) ?? collectionYear;
  if (!definition || !isCodeDefinitionValidIn(definition, year)) return undefined;
  return SEX_OF_CODE[trimmed];
}
