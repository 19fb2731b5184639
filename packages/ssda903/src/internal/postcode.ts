import { parsePostcode } from '@placewise/model';

/** A set of capital letters as a bit mask (bit 0 for A), from ranges written as in a character class. */
function letters(ranges: string): number {
  let mask = 0;
  for (let i = 0; i < ranges.length; i++) {
    const from = ranges.charCodeAt(i) - 65;
    const to = ranges[i + 1] === '-' ? ranges.charCodeAt(i + 2) - 65 : from;
    for (let c = from; c <= to; c++) mask |= 1 << c;
    if (to !== from) i += 2;
  }
  return mask;
}

// A full postcode already in normalised form (upper case, one space): the usual case in a return. Same
// letter rules as the model's parser (a test holds the two in agreement): the letters of each place.
const AREA = letters('A-PR-UWYZ');
const DISTRICT_SECOND = letters('A-HK-Y');
const AFTER_DIGIT = letters('A-HJKPSTUW');
const AFTER_TWO = letters('ABEHMNPRVWXY');
const UNIT = letters('ABD-HJLNP-UW-Z');

function isIn(mask: number, code: number): boolean {
  return code >= 65 && code <= 90 && ((mask >> (code - 65)) & 1) === 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether `text[from, to)` is a full postcode in normalised form: an outward code (A9, A99, AA9, AA99,
 * A9A or AA9A, with the letters each place allows), one space, and an inward code (9AA). Read from
 * character codes, copying nothing.
 */
export function isNormalisedPostcodeAt(text: string, from: number, to: number): boolean {
  const outward = to - from - 4;
  if (outward < 2 || outward > 4 || text.charCodeAt(to - 4) !== 32) return false;
  if (!isDigit(text.charCodeAt(to - 3)) || !isIn(UNIT, text.charCodeAt(to - 2))) return false;
  if (!isIn(UNIT, text.charCodeAt(to - 1)) || !isIn(AREA, text.charCodeAt(from))) return false;
  const second = text.charCodeAt(from + 1);
  if (outward === 2) return isDigit(second);
  const third = text.charCodeAt(from + 2);
  if (outward === 3) {
    if (isDigit(second)) return isDigit(third) || isIn(AFTER_DIGIT, third);
    return isIn(DISTRICT_SECOND, second) && isDigit(third);
  }
  const fourth = text.charCodeAt(from + 3);
  return isIn(DISTRICT_SECOND, second) && isDigit(third) && (isDigit(fourth) || isIn(AFTER_TWO, fourth));
}

/**
 * The normalised form of a postcode, sector or district, or `null` if malformed: a check of the
 * characters for an already-normalised postcode, `parsePostcode` from the model for anything else.
 */
export function normalisedPostcode(text: string): string | null {
  if (isNormalisedPostcodeAt(text, 0, text.length)) return text;
  const parsed = parsePostcode(text);
  return parsed.success ? parsed.value.postcode : null;
}
