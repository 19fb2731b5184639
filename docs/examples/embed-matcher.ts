import { createServer, type Server } from 'node:http';
import { createSectorLocator } from '@placewise/geo';
import { matchReferral, prepareVacancies } from '@placewise/matching';
import {
  type Issue,
  issuesFromZodError,
  MatchPolicyFile,
  Referral,
  readPdsReferral,
  type Vacancy,
} from '@placewise/model';

// A named, versioned policy: every result carries its id, version and a hash of its content.
const policy = MatchPolicyFile.parse({ id: 'example-council', version: '2026-1', weights: { cost: 0 } });

/** A referral in the model's shape, or a Placements Data Standard v2 referral (it has the standard's entities). */
function readReferral(body: unknown): { referral?: Referral; issues: Issue[] } {
  if (body !== null && typeof body === 'object' && 'PlacementAvailability' in body) {
    const { value, issues } = readPdsReferral(body);
    return value ? { referral: value, issues } : { issues };
  }
  const parsed = Referral.safeParse(body);
  return parsed.success
    ? { referral: parsed.data, issues: [] }
    : { issues: issuesFromZodError(parsed.error) };
}

/**
 * A small HTTP service: POST a referral as JSON to /match and get the eligible vacancies back, ranked, with
 * each score's explanation. Vacancies are prepared once at start-up (an index of their locations and
 * limits), so each request only scores.
 */
export function createMatchService(vacancies: readonly Vacancy[]): Server {
  const locator = createSectorLocator();
  const prepared = prepareVacancies(vacancies, { locator });
  return createServer(async (request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST' || request.url !== '/match') return send(404, { error: 'POST /match' });
    let body: unknown;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(400, { issues: [{ code: 'json.invalid', message: 'The body is not JSON.' }] });
    }
    // The zod schema is the contract: bad input (an unknown key too, with a "did you mean") comes back as
    // coded issues with a path, not a 500.
    const { referral, issues } = readReferral(body);
    if (!referral) return send(422, { issues });
    const result = matchReferral(referral, prepared, { locator, policy, explain: 5 });
    return send(200, {
      referralId: result.referralId,
      policy: result.policyStamp,
      eligible: result.eligibleCount,
      ranked: result.results.filter((r) => r.eligible).slice(0, 5),
      issues: [...issues, ...result.issues],
    });
  });
}

// const server = createMatchService(vacancies).listen(8080);
