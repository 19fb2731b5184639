import * as z from 'zod';
import { ENTITY_SCHEMAS, type EntityName } from '../entities.js';

/**
 * The JSON Schema of an entity as committed under `schema/`: the input side (fields with defaults are
 * optional), titled with the entity's name.
 */
export function entityJsonSchema(name: EntityName): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(ENTITY_SCHEMAS[name], { io: 'input' });
  return { $schema, title: name, ...rest };
}
