import type * as z from 'zod';
import { AssignmentResult } from './assignment-result.js';
import { LocalAuthority } from './authority.js';
import { Child } from './child.js';
import { Episode } from './episode.js';
import { Fee } from './fee.js';
import { GridPoint } from './geometry.js';
import { Issue } from './issue.js';
import { MatchPolicyFile } from './match-policy.js';
import { MatchResult } from './match-result.js';
import { PdsPlacementRecord, PdsReferral } from './pds-v2.js';
import { Placement } from './placement.js';
import { Referral } from './referral.js';
import { Setting } from './setting.js';
import { Vacancy } from './vacancy.js';

/**
 * The model's entities by name: the schemas published as JSON Schema (`@placewise/model/schema/<Name>.schema.json`)
 * and accepted by `placewise validate`. Input entities are strict ({@link strictObject}): an unknown key is an issue
 * naming the key most likely meant. `Fee` is the exception: fee files may carry columns of their own, which
 * `@placewise/costs` ignores. `MatchPolicy` is the policy file form, which must name its `id` and `version`.
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
  MatchPolicy: MatchPolicyFile,
  PdsReferral,
  PdsPlacementRecord,
  Fee,
  GridPoint,
  Issue,
} as const satisfies Record<string, z.ZodType>;

/**
 * The matcher's results by name, published as JSON Schema beside the entities (output side: every field
 * present) so other systems can validate what the CLI and the HTTP service return.
 *
 * @example
 * RESULT_SCHEMAS.MatchResult.safeParse(JSON.parse(text)).success;
 */
export const RESULT_SCHEMAS = { MatchResult, AssignmentResult } as const satisfies Record<string, z.ZodType>;

/**
 * The name of one of the published result schemas.
 *
 * @example
 * const name: ResultName = 'MatchResult';
 */
export type ResultName = keyof typeof RESULT_SCHEMAS;

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
