/**
 * The letters a UPN check letter can take, in the order of the remainders they stand for: A–Z without
 * I, O and S (DfE, "Unique pupil numbers (UPNs): guidance", check letter algorithm).
 */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
/** A character's value in the check sum, by its code: a digit its own, a check-table letter its place. */
const VALUE_OF: readonly number[] = Array.from({ length: 128 }, (_, code) =>
  code >= 48 && code <= 57 ? code - 48 : CHECK_LETTERS.indexOf(String.fromCharCode(code)),
);

/**
 * The character code of the check letter for the 12 characters of `text` from `from` (11 digits, then a
 * digit or a capital letter), or -1 when they are not that. Read from character codes, copying nothing.
 */
function checkLetterCodeAt(text: string, from: number): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const code = text.charCodeAt(from + i);
    const digit = code - 48;
    if (digit >= 0 && digit <= 9) sum += digit * (i + 2);
    else if (i === 11 && code >= 65 && code <= 90) {
      const value = VALUE_OF[code] as number;
      if (value < 0) return -1;
      sum += value * 13;
    } else return -1;
  }
  return CHECK_LETTERS.charCodeAt(sum % 23);
}

/**
 * The check letter for the last 12 characters of a UPN, or `undefined` when they are not 11 digits and
 * a digit or check-table letter. Each character is weighted by its position (2 to 13), the sum is
 * divided by 23 and the remainder picks the letter; a letter in the last place (a temporary UPN)
 * counts by its place in the same table.
 *
 * @example
 * upnCheckLetter('201100001001'); // 'P'
 */
export function upnCheckLetter(body: string): string | undefined {
  if (body.length !== 12) return undefined;
  const code = checkLetterCodeAt(body, 0);
  return code < 0 ? undefined : String.fromCharCode(code);
}

/**
 * Whether a UPN is 13 characters (a letter, 11 digits, a digit or letter) whose first letter is the
 * check letter of the rest. The `UN1`–`UN5` codes are not UPNs.
 *
 * @example
 * isValidUpn('P201100001001'); // true
 * isValidUpn('A201100001001'); // false
 */
export function isValidUpn(upn: string): boolean {
  if (upn.length !== 13) return false;
  const first = upn.charCodeAt(0);
  return first >= 65 && first <= 90 && checkLetterCodeAt(upn, 1) === first;
}
