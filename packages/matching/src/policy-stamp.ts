import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { MatchPolicy, PolicyStamp } from '@placewise/model';

/**
 * A policy's id, version and the SHA-256 of its content with defaults applied (JSON with keys sorted), so a
 * council can show which policy produced a ranking and that it was not changed under the same version.
 *
 * @example
 * stampPolicy(DEFAULT_POLICY); // { id: 'placewise-default', version: '2026-11', hash: 'sha256:…' }
 */
export function stampPolicy(policy: MatchPolicy): PolicyStamp {
  // Hashing costs more than ranking a small index: remember recent stamps by the policy's plain JSON (equal
  // JSON means equal content, so a hit is always right; the same content in another key order just misses).
  const key = JSON.stringify(policy);
  const known = recent.get(key);
  if (known) return { ...known };
  const hash = bytesToHex(sha256(utf8ToBytes(canonicalJson(policy))));
  const stamp = { id: policy.id, version: policy.version, hash: `sha256:${hash}` };
  if (recent.size >= 32) recent.delete(recent.keys().next().value as string);
  recent.set(key, stamp);
  return { ...stamp };
}

const recent = new Map<string, PolicyStamp>();

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
