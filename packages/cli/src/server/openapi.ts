import { ENTITY_SCHEMAS, RESULT_SCHEMAS } from '@placewise/model';
import * as z from 'zod';
import { JsonError } from '../internal/json-error.js';
import { REFERRAL_SCHEMAS } from './match-referral.js';
import { AssignRequest, MatchRequest, ReferralFormat } from './requests.js';

/** A JSON Schema 2020-12 object, as the OpenAPI document holds each schema. */
export type JsonSchema = Record<string, unknown>;

/**
 * The components: every schema the service reads, as JSON Schema 2020-12 (the input side: fields with
 * defaults are optional), shared ones referenced by `$ref`, `MatchPolicy` as a policy file (what
 * `/v1/validate/MatchPolicy` checks; the policy `/v1/policy` answers with fits it); and what the service
 * answers, the committed result schemas (the output side).
 */
function components(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(ENTITY_SCHEMAS)) registry.add(schema, { id: name });
  registry.add(MatchRequest, { id: 'MatchRequest' });
  registry.add(AssignRequest, { id: 'AssignRequest' });
  registry.add(JsonError, { id: 'Error' });
  const uri = (id: string) => `#/components/schemas/${id}`;
  const { schemas } = z.toJSONSchema(registry, { io: 'input', unrepresentable: 'any', uri }) as {
    schemas: Record<string, JsonSchema>;
  };
  const output = (schema: z.ZodType) => {
    const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
    return rest;
  };
  const out: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(RESULT_SCHEMAS)) out[name] = output(schema);
  // A $id made of a fragment alone is not a valid JSON Schema id; components are named by their key.
  for (const [id, { $schema: __, $id: ___, ...rest }] of Object.entries(schemas)) out[id] = rest;
  return out;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const ERRORS = {
  '400': error('The body is not valid JSON, or a parameter is not one the route takes.'),
  '413': error('The body is larger than the limit.'),
  '415': error('The body is not application/json.'),
  '422': error('The body does not fit the schema; `issues` locate each problem by JSON path.'),
  '500': error('The service failed; nothing about the request is logged.'),
};

/**
 * The OpenAPI 3.1 document of the service, generated from the zod schemas the service validates with (the
 * model's entities, `MatchPolicy`, the request bodies and the JSON error object), never written by hand.
 *
 * @example
 * const doc = buildOpenApiDocument('1.2.0');
 * Object.keys(doc.paths); // ['/v1/match', '/v1/assign', …]
 */
export function buildOpenApiDocument(version: string): JsonSchema & { paths: Record<string, unknown> } {
  const schemas = components();
  // Each format's schema is a model entity (Referral, PdsReferral), so it is referenced by its entity name.
  const entityNameOf = (schema: unknown) =>
    Object.entries(ENTITY_SCHEMAS).find(([, entity]) => entity === schema)?.[0] ?? 'Referral';
  const matchProperties = (schemas.MatchRequest as { properties: Record<string, JsonSchema> }).properties;
  matchProperties.referral = {
    description: 'The referral, in the format named by `format`.',
    oneOf: Object.values(REFERRAL_SCHEMAS).map((schema) => ref(entityNameOf(schema))),
  };
  const entities = Object.keys(ENTITY_SCHEMAS);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Placewise service',
      version,
      description:
        'Match and assign placements for children in care, validate model entities, read the policy in force. ' +
        'Every error is `{ "error": { "code", "message" }, "issues": [...] }`.',
    },
    servers: [{ url: 'http://127.0.0.1:8787' }],
    paths: {
      '/v1/match': {
        post: {
          summary:
            'Rank vacancies for one referral (matchReferral), returning the first `top` with counts of the rest.',
          requestBody: { required: true, content: json(ref('MatchRequest')) },
          responses: {
            '200': {
              description:
                'The match result: the first `top` of `results`, `eligibleCount`, and the counts of the rest (`vacancyCount`, `omittedCount`, `omitted`).',
              content: json(ref('MatchResult')),
            },
            ...ERRORS,
          },
        },
      },
      '/v1/assign': {
        post: {
          summary: 'Assign many referrals to vacancies at once (assignPlacements): decision support.',
          requestBody: { required: true, content: json(ref('AssignRequest')) },
          responses: {
            '200': { description: 'The assignment result.', content: json(ref('AssignmentResult')) },
            ...ERRORS,
          },
        },
      },
      '/v1/validate/{entity}': {
        post: {
          summary: 'Validate one object or an array against a model entity.',
          parameters: [
            { name: 'entity', in: 'path', required: true, schema: { type: 'string', enum: entities } },
            {
              name: 'format',
              in: 'query',
              required: false,
              description:
                "With entity Referral, 'pds-v2' reads each record as a Placements Data Standard v2 referral envelope (PdsReferral).",
              schema: { type: 'string', enum: ReferralFormat.options, default: 'placewise' },
            },
          ],
          requestBody: { required: true, content: json({ oneOf: [{ type: 'object' }, { type: 'array' }] }) },
          responses: {
            '200': {
              description: '`{ entity, valid, records, issues }`; `issues` locate each problem by JSON path.',
              content: json({
                type: 'object',
                properties: {
                  entity: { type: 'string' },
                  valid: { type: 'boolean' },
                  records: { type: 'integer' },
                  issues: (schemas.Error as { properties: Record<string, unknown> }).properties.issues,
                },
                required: ['entity', 'valid', 'records', 'issues'],
              }),
            },
            '404': error('No such entity.'),
            ...ERRORS,
          },
        },
      },
      '/v1/policy': {
        get: {
          summary: 'The match policy in force.',
          responses: { '200': { description: 'The policy.', content: json(ref('MatchPolicy')) } },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness.',
          responses: {
            '200': {
              description: 'Up.',
              content: json({
                type: 'object',
                properties: { status: { const: 'ok' }, version: { type: 'string' } },
              }),
            },
          },
        },
      },
    },
    components: { schemas },
  };
}
