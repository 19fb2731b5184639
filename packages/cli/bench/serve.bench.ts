// Bounded load test of `placewise serve` on loopback: `pnpm --filter @placewise/cli bench:serve`.
// At most REQUESTS requests or 25 s, whichever comes first; prints requests/s and latency percentiles for
// POST /v1/match against 1,000 vacancies held by the service (the floor: >= 300 req/s, p99 <= 50 ms), then
// the same with the 1,000 vacancies sent in every request body. Client and server share this process and
// the machine's cores, so the figures understate a server on its own.
import { Agent, request } from 'node:http';
import type { Referral, Vacancy } from '@placewise/model';
import { generateAuthority } from '@placewise/synthetic';
import { createServer } from '../src/server/create-server.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = 8;
const MAX_MS = 25_000;

function syntheticMarket(count: number): { vacancies: Vacancy[]; referrals: Referral[] } {
  const vacancies: Vacancy[] = [];
  const referrals: Referral[] = [];
  for (let seed = 1; vacancies.length < count; seed++) {
    const la = generateAuthority({ seed, children: 400, years: 1 });
    vacancies.push(...la.vacancies.map((v) => ({ ...v, id: `${seed}-${v.id}` })));
    referrals.push(...la.referrals);
  }
  return { vacancies: vacancies.slice(0, count), referrals };
}

function post(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/v1/match',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function load(port: number, bodies: string[], label: string, count = REQUESTS): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const worker = async () => {
    while (next < count && performance.now() - started < MAX_MS) {
      const body = bodies[next++ % bodies.length] as string;
      const t = performance.now();
      if ((await post(agent, port, body)) !== 200) failed++;
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1);
  console.log(
    `${label}: ${latencies.length} requests in ${(wall / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU; ` +
      `${((latencies.length / wall) * 1000).toFixed(0)} requests/s ` +
      `(${(latencies.length / ((used.user + used.system) / 1e6)).toFixed(0)} per CPU-second, client included); ` +
      `latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; ${failed} not 200`,
  );
}

const { vacancies, referrals } = syntheticMarket(1000);
const server = createServer({ vacancies });
const address = await server.listen({ host: '127.0.0.1', port: 0 });
const port = Number(new URL(address).port);
console.log(
  `${vacancies.length} vacancies, ${referrals.length} distinct referrals, ${CONCURRENCY} connections, loopback only.`,
);
const held = referrals.map((referral) => JSON.stringify({ referral }));
await load(port, held, 'warm-up', 200);
await load(port, held, '/v1/match, 1,000 vacancies held by the service (floor: >= 300 req/s, p99 <= 50 ms)');
const sent = referrals.slice(0, 20).map((referral) => JSON.stringify({ referral, vacancies }));
console.log(`Each request below carries the 1,000 vacancies: ${(sent[0]?.length ?? 0) / 1000} KB of JSON.`);
await load(port, sent, '/v1/match, 1,000 vacancies in every request body');
await server.close();
