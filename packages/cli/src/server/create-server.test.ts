import { Vacancy } from '@placewise/model';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referral, vacancies } from '../../test/match-fixtures.js';
import { pdsReferral } from '../../test/pds-referral.js';
import { createServer } from './create-server.js';

let server: FastifyInstance;
let base = '';
beforeAll(async () => {
  server = createServer({ bodyLimit: 64 * 1024, version: '9.9.9' });
  base = await server.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => server.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('placewise serve', () => {
  it('binds where it was told: loopback', () => {
    expect(new URL(base).hostname).toBe('127.0.0.1');
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: '9.9.9' });
  });

  it('ranks vacancies with POST /v1/match, returning top N and counts of the rest', async () => {
    const response = await post('/v1/match', { referral: referral('R1'), vacancies, top: 1 });
    expect(response.status).toBe(200);
    const result = await response.json();
    // BOYS takes boys only: two of the three are eligible; NEAR (Leeds, near LS6) ranks first.
    expect(result.results.map((r: { vacancyId: string }) => r.vacancyId)).toEqual(['NEAR']);
    expect(result).toMatchObject({ eligibleCount: 2, vacancyCount: 3, omittedCount: 2 });
  });

  it('assigns with POST /v1/assign', async () => {
    const response = await post('/v1/assign', { referrals: [referral('R1'), referral('R2')], vacancies });
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.assignments.map((a: { referralId: string }) => a.referralId).sort()).toEqual(['R1', 'R2']);
  });

  it('validates an entity, locating each issue by path', async () => {
    const ok = await post('/v1/validate/referral', referral('R1'));
    expect(await ok.json()).toMatchObject({ entity: 'Referral', valid: true, records: 1, issues: [] });
    const bad = await post('/v1/validate/Vacancy', [vacancies[0], { ...vacancies[1], placesFree: 'two' }]);
    expect(bad.status).toBe(200);
    const body = await bad.json();
    expect(body.valid).toBe(false);
    expect(body.issues.map((i: { location: { path: unknown[] } }) => i.location.path)).toEqual([
      [1, 'placesFree'],
    ]);
  });

  it('answers an unknown entity with 404 and the JSON error object', async () => {
    const response = await post('/v1/validate/Dragon', {});
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('entity.unknown');
  });

  it('gives the policy in force with GET /v1/policy', async () => {
    const policy = await (await fetch(`${base}/v1/policy`)).json();
    expect(policy.weights.distanceHome).toBe(3);
    expect(policy.excludeOfstedJudgements).toEqual(['inadequate']);
  });

  it('answers malformed JSON with 400 without echoing the body', async () => {
    const response = await post('/v1/match', '{"referral": {"childId": "C-SECRET-42",');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'request.malformed-json', message: 'The request body is not valid JSON.' },
      issues: [],
    });
    expect(text).not.toContain('SECRET');
  });

  it('answers a body over the limit with 413', async () => {
    const big = { referral: referral('R1'), vacancies: Array.from({ length: 400 }, () => vacancies[0]) };
    const response = await post('/v1/match', big);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('request.too-large');
  });

  it('answers unknown fields and wrong types with 422 and located issues', async () => {
    const response = await post('/v1/match', { referral: referral('R1'), vacancies, topp: 3 });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe('input.invalid');
    expect(body.issues[0]).toMatchObject({ code: 'schema.unrecognized_keys', location: { path: ['topp'] } });
    const wrong = await post('/v1/match', {
      referral: { ...referral('R1'), dateOfBirth: '2011-02-30' },
      vacancies,
    });
    expect(wrong.status).toBe(422);
    const issues = (await wrong.json()).issues;
    expect(issues.map((i: { location: { path: unknown[] } }) => i.location.path)).toEqual([
      ['referral', 'dateOfBirth'],
    ]);
  });

  it('reads a Placements Data Standard v2 referral, labels as the standard writes them', async () => {
    const pds = pdsReferral;
    const response = await post('/v1/match', { format: 'pds-v2', referral: pds, vacancies });
    expect(response.status).toBe(200);
    const ranked = (await response.json()).results as { vacancyId: string; eligible: boolean }[];
    // The girl is ineligible for the boys-only home; the nearer home ranks above the far one.
    expect(ranked.find((r) => r.vacancyId === 'BOYS')?.eligible).toBe(false);
    const eligible = ranked.filter((r) => r.eligible).map((r) => r.vacancyId);
    expect(eligible).toEqual(['NEAR', 'FAR']);

    const typo = await post('/v1/match', {
      format: 'pds-v2',
      referral: {
        ...pds,
        PlacementRecommendation: { ...pds.PlacementRecommendation, fosterCareSuitability: 'Maybe' },
      },
      vacancies,
    });
    expect(typo.status).toBe(422);
    const issues = (await typo.json()).issues as { location: { path: unknown[] } }[];
    expect(issues[0]?.location.path.slice(0, 2)).toEqual(['referral', 'PlacementRecommendation']);
  });

  it('answers a body that is not JSON with 415, and an unknown route with 404', async () => {
    const text = await post('/v1/match', 'referral=1', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    const missing = await fetch(`${base}/v2/nothing`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('request.not-found');
  });

  it('serves an OpenAPI 3.1 document generated from the schemas', async () => {
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/healthz',
      '/v1/assign',
      '/v1/match',
      '/v1/policy',
      '/v1/validate/{entity}',
    ]);
    const schemas = doc.components.schemas;
    // The request schema references the model's Vacancy rather than copying it, and rejects unknown keys.
    expect(schemas.MatchRequest.properties.vacancies.items).toEqual({ $ref: '#/components/schemas/Vacancy' });
    expect(schemas.MatchRequest.additionalProperties).toBe(false);
    expect(schemas.Referral.properties.dateOfBirth).toBeDefined();
    expect(schemas.Error.required).toEqual(['error', 'issues']);
    // Both referral formats, the PDS v2 envelope by its entity name; the answers by the published result schemas.
    expect(schemas.MatchRequest.properties.referral.oneOf).toEqual([
      { $ref: '#/components/schemas/Referral' },
      { $ref: '#/components/schemas/PdsReferral' },
    ]);
    expect(schemas.MatchRequest.properties.format.enum).toEqual(['placewise', 'pds-v2']);
    expect(schemas.PdsReferral.additionalProperties).toBe(false);
    const answer = (path: string) => doc.paths[path].post.responses['200'].content['application/json'].schema;
    expect(answer('/v1/match')).toEqual({ $ref: '#/components/schemas/MatchResult' });
    expect(answer('/v1/assign')).toEqual({ $ref: '#/components/schemas/AssignmentResult' });
    expect(schemas.MatchResult.properties.omittedCount).toBeDefined();
    expect(schemas.AssignRequest.properties.objective.enum).toEqual(['total', 'max-min']);
    expect(JSON.stringify(doc)).not.toMatch(/"\$(id|schema)"/);
    // Every $ref resolves.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z_0-9-]+/g) ?? [];
    for (const ref of refs) expect(schemas[ref.split('/').pop() as string]).toBeDefined();
  });

  it('answers a match with no vacancies, when it holds none, with 422 naming the field', async () => {
    const response = await post('/v1/match', { referral: referral('R1') });
    expect(response.status).toBe(422);
    expect((await response.json()).issues[0]).toMatchObject({
      code: 'input.no-vacancies',
      location: { path: ['vacancies'] },
    });
  });
});

describe('placewise serve: an internal failure', () => {
  it('answers 500 with the JSON error object, never the failure’s own message', async () => {
    const app = createServer();
    // A route that fails the way a bug would, with a personal value in its message.
    app.get('/fails', async () => {
      throw new Error('cannot place C-SECRET-9 born 2011-09-01');
    });
    const response = await app.inject({ method: 'GET', url: '/fails' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'internal', message: 'The service could not answer this request.' },
      issues: [],
    });
    expect(response.body).not.toMatch(/SECRET|2011/);
    await app.close();
  });
});

describe('placewise serve --vacancies', () => {
  it('ranks the vacancies it holds when a request gives none', async () => {
    const holding = createServer({ vacancies: vacancies.map((v) => Vacancy.parse(v)) });
    const response = await holding.inject({
      method: 'POST',
      url: '/v1/match',
      payload: { referral: referral('R1') },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ eligibleCount: 2, vacancyCount: 3 });
    await holding.close();
  });
});
