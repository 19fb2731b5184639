import type * as z from 'zod';
import { LocalAuthority } from './authority.js';
import { Child } from './child.js';
import { Episode } from './episode.js';
import { Fee } from './fee.js';
import { GridPoint } from './geometry.js';
import { Issue } from './issue.js';
import { Placement } from './placement.js';
import { Referral } from './referral.js';
import { Setting } from './setting.js';
import { Vacancy } from './vacancy.js';

/**
 * The model's entities by name: the schemas published as JSON Schema (`@placewise/model/schema/<Name>.schema.json`)
 * and accepted by `placewise validate`.
 *
 * @example
 * ENTITY_SCHEMAS.Referral.safeParse(input).success;
 */
export const ENTITY_SCHEMAS = {
  LocalAuthority,
  Child,
  Episode,
  Placement,
  Setting,
  Vacancy,
  Referral,
  Fee,
  GridPoint,
  Issue,
} as const satisfies Record<string, z.ZodType>;

/**
 * The name of one of the model's entities.
 *
 * @example
 * const name: EntityName = 'Referral';
 */
export type EntityName = keyof typeof ENTITY_SCHEMAS;

/**
 * The entity name matching `name` ignoring case (`referral` → `Referral`), or `undefined`.
 *
 * @example
 * findEntityName('localauthority'); // 'LocalAuthority'
 */
export function findEntityName(name: string): EntityName | undefined {
  const wanted = name.trim().toLowerCase();
  return (Object.keys(ENTITY_SCHEMAS) as EntityName[]).find((n) => n.toLowerCase() === wanted);
}
