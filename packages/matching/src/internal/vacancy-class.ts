import { SettingType } from '@placewise/model';
import { F } from './vacancy-columns.js';

/** The flags a vacancy's class keeps: every flag the per-class eligibility rules read. */
const CLASS_FLAGS = [F.dol, F.solo, F.fosterExempt, F.saRegistered, F.registered] as const;
const FLAG_BITS = CLASS_FLAGS.length;

/** How many class codes there are: every setting type with every combination of {@link CLASS_FLAGS}. */
export const CLASS_COUNT = SettingType.options.length << FLAG_BITS;

/**
 * A vacancy's class: its setting type and the flags the type-level rules read, packed in one small integer,
 * so those rules are checked once per class per referral instead of once per vacancy.
 */
export function classOf(kind: number, flags: number): number {
  let packed = 0;
  for (let b = 0; b < FLAG_BITS; b++) if (flags & (CLASS_FLAGS[b] as number)) packed |= 1 << b;
  return (kind << FLAG_BITS) | packed;
}

/** The setting type of a class code. */
export function kindOfClass(cls: number): number {
  return cls >> FLAG_BITS;
}

/** The flags of a class code (only {@link CLASS_FLAGS} are kept). */
export function flagsOfClass(cls: number): number {
  let flags = 0;
  for (let b = 0; b < FLAG_BITS; b++) if (cls & (1 << b)) flags |= CLASS_FLAGS[b] as number;
  return flags;
}
