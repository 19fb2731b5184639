import { createSectorLocator } from '@placewise/geo';
import { assignPlacements, MatchPolicy, matchReferral, prepareVacancies } from '@placewise/matching';
import {
  ENTITY_SCHEMAS,
  findEntityName,
  type Issue,
  issuesFromZodError,
  type Vacancy,
} from '@placewise/model';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type * as z from 'zod';
import { toJsonError } from '../internal/json-error.js';
import { topResults } from '../internal/top-results.js';
import { readMatchReferral } from './match-referral.js';
import { buildOpenApiDocument } from './openapi.js';
import { AssignRequest, MatchRequest } from './requests.js';
import { validateRecords } from './validate-records.js';

/**
 * Options of {@link createServer}.
 *
 * @example
 * const options: CreateServerOptions = { policy: MatchPolicy.parse({}), bodyLimit: 1_000_000 };
 */
export interface CreateServerOptions {
  /** The policy every match and assignment is scored with (default: `MatchPolicy.parse({})`). */
  policy?: MatchPolicy;
  /** Largest request body in bytes (default 16 MiB); larger bodies get 413. */
  bodyLimit?: number;
  /** The version `/healthz` and the OpenAPI document report. */
  version?: string;
  /** Vacancies held by the service (prepared once), used when a request gives none. */
  vacancies?: readonly Vacancy[];
}

const NO_VACANCIES: Issue = {
  code: 'input.no-vacancies',
  severity: 'error',
  message: 'Give vacancies in the request, or start the service with --vacancies.',
  location: { path: ['vacancies'] },
};

/** Sends the JSON error object with a status code. */
function sendError(reply: FastifyReply, status: number, code: string, message: string, issues: Issue[] = []) {
  return reply
    .status(status)
    .type('application/json')
    .send(toJsonError(code, message, issues));
}

/** Parses a body against a schema, answering 422 with located issues when it does not fit. */
function parseBody<T extends z.ZodType>(
  schema: T,
  body: unknown,
  reply: FastifyReply,
): z.infer<T> | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = issuesFromZodError(parsed.error);
  void sendError(reply, 422, 'input.invalid', `${issues.length} issue(s) in the request body.`, issues);
  return undefined;
}

/**
 * The Placewise JSON API on Fastify: `POST /v1/match`, `POST /v1/assign`, `POST /v1/validate/{entity}`,
 * `GET /v1/policy`, `GET /healthz` and the OpenAPI 3.1 document at `/openapi.json`. Errors are the CLI's JSON
 * error object (400 malformed JSON or a bad `format` parameter, 404 unknown route or entity, 413 body too large, 415 not JSON,
 * 422 invalid input, 500 internal). Nothing is logged: no request, no body, no personal value.
 *
 * @example
 * const server = createServer({ policy: MatchPolicy.parse({}) });
 * await server.listen({ host: '127.0.0.1', port: 8787 });
 */
export function createServer(options: CreateServerOptions = {}): FastifyInstance {
  const policy = options.policy ?? MatchPolicy.parse({});
  const version = options.version ?? '0.0.0';
  const locator = createSectorLocator();
  const openapi = buildOpenApiDocument(version);
  const held = options.vacancies ? prepareVacancies(options.vacancies, { locator }) : undefined;
  const vacanciesOf = (given: readonly Vacancy[] | undefined) =>
    given ? prepareVacancies(given, { locator }) : held;
  const app = Fastify({ logger: false, bodyLimit: options.bodyLimit ?? 16 * 1024 * 1024 });
  // JSON only: a text body is refused with 415 rather than read as a string.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((error, _request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    // Fastify's messages for bad JSON quote the body; answer with fixed messages instead.
    if (status === 413) return sendError(reply, 413, 'request.too-large', 'The request body is too large.');
    if (status === 415)
      return sendError(reply, 415, 'request.unsupported-media-type', 'Send the body as application/json.');
    if (status === 400)
      return sendError(reply, 400, 'request.malformed-json', 'The request body is not valid JSON.');
    return sendError(reply, 500, 'internal', 'The service could not answer this request.');
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'request.not-found', 'No such route.'));

  app.get('/healthz', async () => ({ status: 'ok', version }));
  app.get('/openapi.json', async () => openapi);
  app.get('/v1/policy', async () => policy);

  app.post('/v1/match', async (request, reply) => {
    const body = parseBody(MatchRequest, request.body, reply);
    if (!body) return reply;
    const read = readMatchReferral(body.format, body.referral);
    if (!read.referral) {
      return sendError(reply, 422, 'input.invalid', 'The referral is not valid.', read.issues);
    }
    const prepared = vacanciesOf(body.vacancies);
    if (!prepared) return sendError(reply, 422, 'input.invalid', NO_VACANCIES.message, [NO_VACANCIES]);
    const result = matchReferral(read.referral, prepared, { locator, policy, explain: body.top });
    // Warnings from reading the referral (a PDS v2 `neededBy` left out…) go with the result, not lost.
    return topResults({ ...result, issues: [...read.issues, ...result.issues] }, body.top);
  });

  app.post('/v1/assign', async (request, reply) => {
    const body = parseBody(AssignRequest, request.body, reply);
    if (!body) return reply;
    const prepared = vacanciesOf(body.vacancies);
    if (!prepared) return sendError(reply, 422, 'input.invalid', NO_VACANCIES.message, [NO_VACANCIES]);
    return assignPlacements(body.referrals, prepared, {
      locator,
      policy,
      objective: body.objective,
      fairness: body.fairness,
      timeLimitMs: body.timeLimitMs,
    });
  });

  app.post<{ Params: { entity: string }; Querystring: { format?: string } }>(
    '/v1/validate/:entity',
    async (request, reply) => {
      const entity = findEntityName(request.params.entity);
      if (!entity)
        return sendError(
          reply,
          404,
          'entity.unknown',
          `Unknown entity. Known: ${Object.keys(ENTITY_SCHEMAS).join(', ')}.`,
        );
      const format = request.query.format ?? 'placewise';
      if (format !== 'placewise' && !(format === 'pds-v2' && entity === 'Referral'))
        return sendError(
          reply,
          400,
          'request.invalid-parameter',
          "format must be 'placewise', or 'pds-v2' with the Referral entity.",
        );
      const issues = validateRecords(entity, request.body, format);
      const records = Array.isArray(request.body) ? request.body.length : 1;
      return { entity, valid: !issues.some((i) => i.severity === 'error'), records, issues };
    },
  );
  return app;
}
