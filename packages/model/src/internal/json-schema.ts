import * as z from 'zod';
import { ENTITY_SCHEMAS, type EntityName, RESULT_SCHEMAS, type ResultName } from '../entities.js';

/** Where a published schema says it lives: the package's `schema/` folder on the npm CDN. */
export const SCHEMA_BASE_URL = 'https://unpkg.com/@placewise/model/schema/';

/**
 * The JSON Schema of an entity as committed under `schema/`: the input side (fields with defaults are
 * optional), titled with the entity's name and identified by its published address.
 */
export function entityJsonSchema(name: EntityName): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(ENTITY_SCHEMAS[name], { io: 'input' });
  return { $schema, $id: `${SCHEMA_BASE_URL}${name}.schema.json`, title: name, ...rest };
}

/** The JSON Schema of a result as committed under `schema/`: the output side (every field present). */
export function resultJsonSchema(name: ResultName): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(RESULT_SCHEMAS[name], { io: 'output' });
  return { $schema, $id: `${SCHEMA_BASE_URL}${name}.schema.json`, title: name, ...rest };
}
