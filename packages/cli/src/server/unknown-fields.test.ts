import { ENTITY_SCHEMAS, RESULT_SCHEMAS } from '@placewise/model';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referral, setting, vacancies } from '../../test/match-fixtures.js';
import { pdsReferral } from '../../test/pds-referral.js';
import { createServer } from './create-server.js';

let server: FastifyInstance;
let base = '';
beforeAll(async () => {
  server = createServer({ bodyLimit: 64 * 1024 });
  base = await server.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => server.close());

interface Answer {
  status: number;
  body: {
    error: { code: string; message: string };
    issues: { code: string; message: string; location: { path: unknown[] } }[];
  };
}
async function post(path: string, body: unknown): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
/** The issues of an answer as `[path, message]` pairs. */
const located = (answer: Answer) => answer.body.issues.map((i) => [i.location.path, i.message]);

describe('placewise serve: unknown fields, at every level, name the field meant', () => {
  it('in the /v1/match envelope', async () => {
    const answer = await post('/v1/match', { referral: referral('R1'), vacancies, topp: 3, fromat: 'x' });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toEqual({ code: 'input.invalid', message: '2 issue(s) in the request body.' });
    expect(answer.body.issues.every((i) => i.code === 'schema.unrecognized_keys')).toBe(true);
    expect(located(answer)).toEqual([
      [['topp'], 'unknown field topp; did you mean top?'],
      [['fromat'], 'unknown field fromat; did you mean format?'],
    ]);
  });

  it('in the referral, and without quoting any of its values', async () => {
    const answer = await post('/v1/match', { referral: referral('R1', { closeTofamily: true }), vacancies });
    expect(answer.status).toBe(422);
    expect(located(answer)).toEqual([
      [['referral', 'closeTofamily'], 'unknown field closeTofamily; did you mean closeToFamily?'],
    ]);
    expect(JSON.stringify(answer.body)).not.toMatch(/C-R1|2011-09-01|LS6/);
  });

  it('in a vacancy’s setting, deep inside the list', async () => {
    const bad = { ...vacancies[1], setting: setting('S2', 'LS8 2AB', { ageRange: { min: 8, mx: 17 } }) };
    const answer = await post('/v1/match', { referral: referral('R1'), vacancies: [vacancies[0], bad] });
    expect(answer.status).toBe(422);
    expect(located(answer)).toContainEqual([
      ['vacancies', 1, 'setting', 'ageRange', 'mx'],
      'unknown field mx; did you mean max?',
    ]);
  });

  it('in the /v1/assign envelope and in a sibling group’s nested school', async () => {
    const group = referral('R2', { siblingCount: 2, school: { postcode: 'LS6 2', mustContinu: true } });
    const answer = await post('/v1/assign', {
      referrals: [referral('R1'), group],
      vacancies,
      objectve: 'max-min',
    });
    expect(answer.status).toBe(422);
    expect(located(answer)).toEqual([
      [['referrals', 1, 'school', 'mustContinu'], 'unknown field mustContinu; did you mean mustContinue?'],
      [['objectve'], 'unknown field objectve; did you mean objective?'],
    ]);
  });

  it('in a Placements Data Standard v2 envelope and its entities', async () => {
    const { Risks, ...rest } = pdsReferral;
    const answer = await post('/v1/match', {
      format: 'pds-v2',
      referral: { ...rest, Risk: Risks, child: { ...pdsReferral.child, homePostcde: 'LS6 1AA' } },
      vacancies,
    });
    expect(answer.status).toBe(422);
    expect(located(answer)).toEqual(
      expect.arrayContaining([
        [['referral', 'child', 'homePostcde'], 'unknown field homePostcde; did you mean homePostcode?'],
        [['referral', 'Risk'], 'unknown field Risk; did you mean Risks?'],
      ]),
    );
    expect(JSON.stringify(answer.body)).not.toContain('LS6 1AA');
  });

  it('in a policy’s weights, checked with /v1/validate/MatchPolicy', async () => {
    const answer = await post('/v1/validate/MatchPolicy', {
      id: 'leeds',
      version: '1',
      weights: { distanceHom: 4 },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ entity: 'MatchPolicy', valid: false, records: 1 });
    expect(located(answer)).toEqual([
      [['weights', 'distanceHom'], 'unknown field distanceHom; did you mean distanceHome?'],
    ]);
  });

  it('in a referral sent to /v1/validate, record by record', async () => {
    const answer = await post('/v1/validate/Referral', [referral('R1'), referral('R2', { wishs: {} })]);
    expect(located(answer)).toEqual([[[1, 'wishs'], 'unknown field wishs; did you mean wishes?']]);
  });
});

describe('placewise serve: /v1/validate/Referral?format=pds-v2', () => {
  it('reads each record as a PDS v2 referral, as the CLI does, locating label and key mistakes', async () => {
    const ok = await post('/v1/validate/Referral?format=pds-v2', pdsReferral);
    expect(ok.body).toMatchObject({ entity: 'Referral', valid: true, records: 1, issues: [] });
    const typo = {
      ...pdsReferral,
      PlacementRecommendation: { ...pdsReferral.PlacementRecommendation, fosterCareSuitabilty: 'Preferred' },
    };
    const bad = await post('/v1/validate/Referral?format=pds-v2', [pdsReferral, typo]);
    expect(bad.body).toMatchObject({ valid: false, records: 2 });
    expect(located(bad)).toContainEqual([
      [1, 'PlacementRecommendation', 'fosterCareSuitabilty'],
      'unknown field fosterCareSuitabilty; did you mean fosterCareSuitability?',
    ]);
  });

  it('refuses the format with another entity, with 400', async () => {
    const answer = await post('/v1/validate/Vacancy?format=pds-v2', vacancies[0]);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('request.invalid-parameter');
  });
});

describe('placewise serve: malformed and oversize bodies on every route', () => {
  const routes = ['/v1/match', '/v1/assign', '/v1/validate/Referral'];

  it.each(routes)('%s answers malformed JSON with 400, quoting nothing', async (route) => {
    const answer = await post(route, '{"referrals": [{"childId": "C-SECRET-7"');
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('request.malformed-json');
    expect(JSON.stringify(answer.body)).not.toContain('SECRET');
  });

  it.each(routes)('%s answers a body over the limit with 413', async (route) => {
    const answer = await post(route, { padding: 'x'.repeat(70 * 1024) });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({
      error: { code: 'request.too-large', message: 'The request body is too large.' },
      issues: [],
    });
  });
});

describe('placewise serve: answers fit the published result schemas', () => {
  it('a /v1/match answer cut to top 1 is a valid MatchResult, counting the rest', async () => {
    const response = await fetch(`${base}/v1/match`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ referral: referral('R1'), vacancies, top: 1 }),
    });
    const result = await response.json();
    expect(RESULT_SCHEMAS.MatchResult.safeParse(result).error?.issues ?? []).toEqual([]);
    // NEAR shown; FAR (eligible) and BOYS (girls not taken) left out.
    expect(result).toMatchObject({
      vacancyCount: 3,
      omittedCount: 2,
      omitted: { eligible: 1, ineligible: 1 },
    });
  });

  it('a /v1/match answer keeps the warnings found reading a PDS v2 referral', async () => {
    const { neededBy: _, ...availability } = pdsReferral.PlacementAvailability;
    const response = await fetch(`${base}/v1/match`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        format: 'pds-v2',
        referral: { ...pdsReferral, PlacementAvailability: availability },
        vacancies,
      }),
    });
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'pds.needed-by-missing',
        severity: 'warning',
        location: { path: ['referral', 'PlacementAvailability', 'neededBy'] },
      }),
    );
  });

  it('a /v1/assign answer with objective max-min and a time limit is a valid AssignmentResult', async () => {
    const response = await fetch(`${base}/v1/assign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        referrals: [referral('R1'), referral('R2')],
        vacancies,
        objective: 'max-min',
        timeLimitMs: 2000,
      }),
    });
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(RESULT_SCHEMAS.AssignmentResult.safeParse(result).error?.issues ?? []).toEqual([]);
    expect(result.objective).toBe('max-min');
  });

  it('GET /v1/policy answers a policy file, named and versioned, that the match results are stamped with', async () => {
    const policy = await (await fetch(`${base}/v1/policy`)).json();
    expect(ENTITY_SCHEMAS.MatchPolicy.safeParse(policy).error?.issues ?? []).toEqual([]);
    const result = await (await post('/v1/match', { referral: referral('R1'), vacancies })).body;
    expect((result as unknown as { policyStamp: object }).policyStamp).toMatchObject({
      id: policy.id,
      version: policy.version,
      hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
  });

  it('refuses a time limit beyond a minute', async () => {
    const answer = await post('/v1/assign', { referrals: [], vacancies, timeLimitMs: 3_600_000 });
    expect(answer.status).toBe(422);
    expect(answer.body.issues[0]?.location.path).toEqual(['timeLimitMs']);
  });
});
