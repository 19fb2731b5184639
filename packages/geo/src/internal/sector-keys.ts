import { sectorTable } from './sector-table.js';

/** The letters a unit's last two characters may be (A to Z but C, I, K, M, O and V), one bit each from A. */
const INWARD_LETTERS = 0b11_1101_1111_1010_1010_1111_1011;

/** Whether a character code is one of {@link INWARD_LETTERS}. */
function isInwardLetter(code: number): boolean {
  return code >= 65 && code <= 90 && ((INWARD_LETTERS >> (code - 65)) & 1) === 1;
}

/**
 * The number of a sector (`LS6 1`) from its characters: each of the outward code's (A to Z, 0 to 9) counted
 * from 1 in base 37, then the sector digit in base 10; -1 for any other character or length. Different
 * sectors get different numbers (no character counts 0, so the outward code's length counts too), below
 * 37^4 × 10 (outward codes have 2 to 4 characters): a lookup hashes no string.
 */
function sectorKey(text: string, outwardEnd: number, digit: number): number {
  if (outwardEnd < 2 || outwardEnd > 4) return -1;
  let key = 0;
  for (let j = 0; j < outwardEnd; j++) {
    const code = text.charCodeAt(j);
    if (code >= 65 && code <= 90) key = key * 37 + (code - 64);
    else if (code >= 48 && code <= 57) key = key * 37 + (code - 21);
    else return -1;
  }
  return key * 10 + (digit - 48);
}

/** The sectors of the table by {@link sectorKey}: open addressing over two typed arrays, key + 1 (0: empty). */
interface SectorIndex {
  keys: Int32Array;
  sectors: Int32Array;
  /** The table's size less one (a power of two, at least twice the sectors). */
  mask: number;
  shift: number;
}

let index: SectorIndex | undefined;

/** A key's first slot: its high bits after multiplying by 2^32 / φ (Fibonacci hashing). */
const slotOf = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;

function sectorIndex(): SectorIndex {
  if (index) return index;
  const names = sectorTable().names;
  let bits = 1;
  while (1 << bits < names.length * 2) bits++;
  const built: SectorIndex = {
    keys: new Int32Array(1 << bits),
    sectors: new Int32Array(1 << bits),
    mask: (1 << bits) - 1,
    shift: 32 - bits,
  };
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const n = name.length;
    // A name is its outward code, a space and one digit; any other shape is left to the long way.
    const digit = name.charCodeAt(n - 1);
    if (name.charCodeAt(n - 2) !== 32 || digit < 48 || digit > 57) continue;
    const key = sectorKey(name, n - 2, digit);
    if (key < 0) continue;
    let slot = slotOf(key, built.shift);
    while (built.keys[slot] !== 0) slot = (slot + 1) & built.mask;
    built.keys[slot] = key + 1;
    built.sectors[slot] = i;
  }
  index = built;
  return built;
}

/**
 * The table's index of the sector of a unit written as `parsePostcode` writes it (`LS6 1AA`: upper case,
 * one space before a digit and two inward letters, nothing around it), or -1 for any other input or a
 * sector not in the table. Reads the characters in place: no sector string is cut out and hashed. The
 * outward code is checked once per sector of the table, when the sector's answer is first worked out.
 */
export function findUnitSector(input: string): number {
  const n = input.length;
  if (n < 6 || n > 8 || input.charCodeAt(n - 4) !== 32) return -1;
  const digit = input.charCodeAt(n - 3);
  if (digit < 48 || digit > 57) return -1;
  if (!(isInwardLetter(input.charCodeAt(n - 2)) && isInwardLetter(input.charCodeAt(n - 1)))) return -1;
  const key = sectorKey(input, n - 4, digit);
  if (key < 0) return -1;
  const { keys, sectors, mask, shift } = sectorIndex();
  for (let slot = slotOf(key, shift); ; slot = (slot + 1) & mask) {
    const found = keys[slot] as number;
    if (found === key + 1) return sectors[slot] as number;
    if (found === 0) return -1;
  }
}
