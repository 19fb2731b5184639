import { createServer, type Server } from 'node:http';
import { createSectorLocator } from '@placewise/geo';
import { matchReferral, prepareVacancies } from '@placewise/matching';
import { issuesFromZodError, Referral, type Vacancy } from '@placewise/model';

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
    // The zod schema is the contract: bad input comes back as coded issues with a path, not a 500.
    const parsed = Referral.safeParse(body);
    if (!parsed.success) return send(422, { issues: issuesFromZodError(parsed.error) });
    const result = matchReferral(parsed.data, prepared, { locator, explain: 5 });
    return send(200, {
      referralId: result.referralId,
      eligible: result.eligibleCount,
      ranked: result.results.filter((r) => r.eligible).slice(0, 5),
      issues: result.issues,
    });
  });
}

// const server = createMatchService(vacancies).listen(8080);
