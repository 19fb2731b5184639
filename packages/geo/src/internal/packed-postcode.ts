const A = 65;

/** A full postcode split for the index: its outward code and its inward code packed into 0…6759. */
export interface PackedPostcode {
  outward: string;
  inward: number;
}

/**
 * Packs a full postcode in any ONSPD spelling (`pcds` `LS6 1AA`, `pcd7` `LS6 1AA`, `pcd8`) for the
 * exact index: the inward code is a digit and two letters, so it fits a 16-bit integer.
 */
export function packPostcode(raw: string): PackedPostcode | undefined {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5 || compact.length > 7) return undefined;
  const digit = compact.charCodeAt(compact.length - 3) - 48;
  const l1 = compact.charCodeAt(compact.length - 2) - A;
  const l2 = compact.charCodeAt(compact.length - 1) - A;
  if (digit < 0 || digit > 9 || l1 < 0 || l1 > 25 || l2 < 0 || l2 > 25) return undefined;
  const outward = compact.slice(0, -3);
  if (!/^[A-Z]{1,2}\d[A-Z\d]?$/.test(outward)) return undefined;
  return { outward, inward: digit * 676 + l1 * 26 + l2 };
}

/** The inward code (`1AA`) for a packed value. */
export function unpackInward(inward: number): string {
  const digit = Math.floor(inward / 676);
  const rest = inward % 676;
  return `${digit}${String.fromCharCode(A + Math.floor(rest / 26), A + (rest % 26))}`;
}
