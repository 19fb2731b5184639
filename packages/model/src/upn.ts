/**
 * The letters a UPN check letter can take, in the order of the remainders they stand for: A–Z without
 * I, O and S (DfE, "Unique pupil numbers (UPNs): guidance", check letter algorithm).
 */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
const UPN = /^[A-Z]\d{11}[0-9A-Z]$/;

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
  if (!/^\d{11}[0-9A-Z]$/.test(body)) return undefined;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const char = body[i] as string;
    const value = /\d/.test(char) ? Number(char) : CHECK_LETTERS.indexOf(char);
    if (value < 0) return undefined;
    sum += value * (i + 2);
  }
  return CHECK_LETTERS[sum % 23];
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
  return UPN.test(upn) && upnCheckLetter(upn.slice(1)) === upn[0];
}
