import { parsePostcode } from '@placewise/model';
import type { Ssda903Return } from './return.js';

/** Options for {@link pseudonymiseReturn} and {@link createPseudonymiser}. */
export interface PseudonymiseOptions {
  /** The council-held secret: raw bytes, text (UTF-8), or an HMAC-SHA-256 `CryptoKey` that can sign. */
  key: Uint8Array | string | CryptoKey;
  /** Hex characters kept of each HMAC (16 = 64 bits): a whole number from 8 to 64. Default 16. */
  idLength?: number;
  /**
   * For {@link pseudonymiseReturn}: a pseudonymiser from {@link createPseudonymiser} (of the same key) to use
   * instead of a new one, so that many returns (a region's, several years') hash each CHILD once.
   */
  pseudonymiser?: (id: string) => Promise<string>;
}

/**
 * Thrown when the key or `idLength` cannot be used (an empty key, a key that is neither text, bytes nor
 * an HMAC signing `CryptoKey`, an `idLength` that is not a whole number from 8 to 64): a programmer
 * error, not bad data.
 *
 * @example
 * try {
 *   await pseudonymiseReturn(ret, { key: '' });
 * } catch (error) {
 *   if (error instanceof PseudonymiseKeyError) showKeyHelp();
 * }
 */
export class PseudonymiseKeyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PseudonymiseKeyError';
  }
}

function isHmacSigningKey(key: unknown): key is CryptoKey {
  if (typeof CryptoKey === 'undefined' || !(key instanceof CryptoKey)) return false;
  return key.algorithm.name === 'HMAC' && key.usages.includes('sign');
}

async function importKey(key: unknown): Promise<CryptoKey> {
  if (isHmacSigningKey(key)) return key;
  if (typeof key !== 'string' && !(key instanceof Uint8Array)) {
    throw new PseudonymiseKeyError('The key must be text, bytes or an HMAC signing CryptoKey.');
  }
  const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : new Uint8Array(key);
  if (bytes.length === 0) throw new PseudonymiseKeyError('The pseudonymisation key is empty.');
  try {
    return await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  } catch (cause) {
    throw new PseudonymiseKeyError('The pseudonymisation key could not be imported.', { cause });
  }
}

/**
 * A function from CHILD to its pseudonym: the hex HMAC-SHA-256 of the id under the council's key
 * (Web Crypto, so it runs in browsers too). The same key gives the same pseudonym in every year's
 * return, so pseudonymised returns still join across years.
 *
 * @example
 * const pseudonym = await createPseudonymiser({ key: councilSecret });
 * await pseudonym('C0001'); // e.g. '5f0c1d0e9a7b3c21'
 */
export async function createPseudonymiser(
  options: PseudonymiseOptions,
): Promise<(id: string) => Promise<string>> {
  const length = options.idLength ?? 16;
  if (!Number.isInteger(length) || length < 8 || length > 64) {
    throw new PseudonymiseKeyError('idLength must be a whole number from 8 to 64.');
  }
  const key = await importKey(options.key);
  const cache = new Map<string, Promise<string>>();
  return (id) => {
    let pseudonym = cache.get(id);
    if (!pseudonym) {
      pseudonym = crypto.subtle.sign('HMAC', key, bytesOf(id)).then((mac) => hex(mac).slice(0, length));
      cache.set(id, pseudonym);
    }
    return pseudonym;
  };
}

const encoder = new TextEncoder();

/**
 * The bytes an id is signed as: its UTF-8 (so pseudonyms of well-formed ids never change), or for an id
 * holding a lone surrogate, which UTF-8 cannot carry, 0xFF and then its UTF-16 code units. 0xFF never
 * occurs in UTF-8, so two different ids never give the same bytes.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function bytesOf(id: string): Uint8Array<ArrayBuffer> {
  if (!LONE_SURROGATE.test(id)) return encoder.encode(id);
  const bytes = new Uint8Array(1 + id.length * 2);
  bytes[0] = 0xff;
  for (let i = 0; i < id.length; i++) {
    const unit = id.charCodeAt(i);
    bytes[1 + i * 2] = unit & 0xff;
    bytes[2 + i * 2] = unit >> 8;
  }
  return bytes;
}

function hex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** The first of the month: how regional data sharing degrades dates of birth (LIIA `degrade.py`). */
function firstOfMonth(date: string): string {
  return `${date.slice(0, 8)}01`;
}

/** A postcode cut to its sector; a district stays a district; anything else is dropped. */
function toSector(postcode: string | undefined): string | undefined {
  if (postcode === undefined) return undefined;
  const parsed = parsePostcode(postcode);
  if (!parsed.success) return undefined;
  return parsed.value.sector ?? parsed.value.district;
}

function withoutUndefined<T extends object>(record: T): T {
  // A loop, not Object.entries/fromEntries: this runs once per episode of a region's returns.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const v = (record as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

/**
 * Pseudonymises a return for sharing: CHILD becomes a keyed hash ({@link createPseudonymiser}), every
 * DOB becomes the first of its month, HOME_POST and PL_POST become postcode sectors, and UPN and MC_DOB
 * are dropped. Other values are kept. The input is not changed.
 *
 * @example
 * const shared = await pseudonymiseReturn(value, { key: await readKey() });
 */
export async function pseudonymiseReturn(
  value: Ssda903Return,
  options: PseudonymiseOptions,
): Promise<Ssda903Return> {
  const pseudonym = options.pseudonymiser ?? (await createPseudonymiser(options));
  // Every CHILD of every table hashed first, once each, then the records rewritten without awaiting.
  const ids = new Set<string>(value.children.map((c) => c.id));
  for (const key of Object.keys(value) as (keyof Ssda903Return)[]) {
    if (key === 'children') continue;
    for (const record of (value[key] ?? []) as readonly { childId: string }[]) ids.add(record.childId);
  }
  const unique = [...ids];
  const names = await Promise.all(unique.map((id) => pseudonym(id)));
  const nameOf = new Map(unique.map((id, i) => [id, names[i] as string]));
  const rows = async <T extends { childId: string; dateOfBirth?: string }>(
    records: readonly T[],
  ): Promise<T[]> =>
    records.map((record) => {
      const out = { ...record, childId: nameOf.get(record.childId) as string };
      if (record.dateOfBirth !== undefined) out.dateOfBirth = firstOfMonth(record.dateOfBirth);
      return out;
    });
  const children = value.children.map((child) => {
    const { upn: _upn, motherChildDateOfBirth: _mcDob, ...kept } = child;
    return { ...kept, id: nameOf.get(child.id) as string, dateOfBirth: firstOfMonth(child.dateOfBirth) };
  });
  const episodes = (await rows(value.episodes)).map((episode) =>
    withoutUndefined({
      ...episode,
      homePostcode: toSector(episode.homePostcode),
      placementPostcode: toSector(episode.placementPostcode),
    }),
  );
  return {
    children,
    episodes,
    uasc: await rows(value.uasc),
    missing: await rows(value.missing),
    reviews: await rows(value.reviews),
    oc2: await rows(value.oc2),
    oc3: await rows(value.oc3),
    ad1: await rows(value.ad1),
    placedAdoption: await rows(value.placedAdoption),
    prevPerm: await rows(value.prevPerm),
    socialWorkerEpisodes: await rows(value.socialWorkerEpisodes),
    ...(value.deprivationOfLiberty ? { deprivationOfLiberty: await rows(value.deprivationOfLiberty) } : {}),
  };
}
