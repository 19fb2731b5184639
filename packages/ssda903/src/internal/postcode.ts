import { parsePostcode } from '@placewise/model';

// A full postcode already in normalised form (upper case, one space): the usual case in a return.
// Same letter rules as the model's parser; a test holds the two in agreement.
const NORMALISED_UNIT =
  /^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2}$/;

/**
 * The normalised form of a postcode, sector or district, or `null` if malformed: one regular-expression
 * test for an already-normalised postcode, `parsePostcode` from the model for anything else.
 */
export function normalisedPostcode(text: string): string | null {
  if (NORMALISED_UNIT.test(text)) return text;
  const parsed = parsePostcode(text);
  return parsed.success ? parsed.value.postcode : null;
}
