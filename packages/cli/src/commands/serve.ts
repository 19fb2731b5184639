import type { MatchPolicy } from '@placewise/matching';
import { type Issue, issuesFromZodError, MatchPolicyFile, Vacancy } from '@placewise/model';
import type { Command } from 'commander';
import { version } from '../../package.json';
import { parseRecords } from '../internal/parse-records.js';
import { readJson } from '../internal/read-json.js';
import { CliExit, type CliIo } from '../io.js';

interface ServeFlags {
  host: string;
  port: string;
  policy?: string;
  vacancies?: string;
}

/**
 * Registers `placewise serve [--host 127.0.0.1] [--port 8787] [--policy p.json]`: the JSON API for systems
 * not written in JavaScript, with its OpenAPI document at `/openapi.json`. It runs until stopped.
 */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description(
      'Serve the JSON API (match, assign, validate, policy) with an OpenAPI 3.1 document at /openapi.json.',
    )
    .option(
      '--host <host>',
      'address to listen on; anything but loopback exposes children’s data to the network',
      '127.0.0.1',
    )
    .option('--port <n>', 'port to listen on (0: any free port)', '8787')
    .option(
      '--policy <file>',
      'JSON file holding the MatchPolicy every request is scored with (with its id and version)',
    )
    .option('--vacancies <file>', 'JSON array of Vacancy the service holds, for requests that give none')
    .option('--json', 'report a failure to start as the JSON error object on stdout')
    .action(async (flags: ServeFlags) => {
      let policy: MatchPolicy | undefined;
      if (flags.policy) {
        const parsed = MatchPolicyFile.safeParse(await readJson(flags.policy, io));
        if (!parsed.success) {
          const issues = issuesFromZodError(parsed.error, { location: { file: flags.policy } });
          throw new CliExit(
            1,
            `${flags.policy} is not a valid MatchPolicy file (it must name its id and version).`,
            {
              issues,
            },
          );
        }
        policy = parsed.data;
      }
      const issues: Issue[] = [];
      const vacancies = flags.vacancies
        ? parseRecords(Vacancy, await readJson(flags.vacancies, io), flags.vacancies, true, issues)
        : undefined;
      if (issues.length > 0)
        throw new CliExit(1, `${issues.length} issue(s) in ${flags.vacancies}.`, { issues });
      // Loaded only here: the web framework is the largest thing the CLI loads, and no other command needs it.
      const { createServer } = await import('../server/create-server.js');
      const server = createServer({
        ...(policy ? { policy } : {}),
        ...(vacancies ? { vacancies } : {}),
        version,
      });
      let address: string;
      try {
        address = await server.listen({ host: flags.host, port: Number(flags.port) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
        throw new CliExit(2, `Cannot listen on ${flags.host}:${flags.port} (${code}).`, {
          code: 'serve.cannot-listen',
        });
      }
      io.stderr(`Placewise service on ${address} (OpenAPI: ${address}/openapi.json). Ctrl-C stops it.\n`);
      const stop = () => void server.close();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
