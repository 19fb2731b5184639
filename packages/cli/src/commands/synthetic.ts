import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FAULT_KINDS, type FaultKind, generateAuthority, writeSyntheticReturns } from '@placewise/synthetic';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';

interface SyntheticFlags {
  seed: string;
  children: string;
  out: string;
  years: string;
  startYear?: string;
  authority?: string;
  layout: string;
  faults?: string;
  faultKinds?: string;
  ofsted?: boolean;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new CliExit(2, `--${flag} must be a whole number from ${min} to ${max}.`);
  return n;
}

async function put(dir: string, name: string, content: string): Promise<void> {
  const path = join(dir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Registers `placewise synthetic`: writes a synthetic authority's SSDA903 CSV return(s) — one collection
 * year at the top of `--out`, or with `--years N` one folder (or file prefix) per year — and its
 * authority, settings, vacancies, referrals and fees as model JSON.
 */
export function registerSynthetic(program: Command, io: CliIo): void {
  program
    .command('synthetic')
    .description(
      'Write a seeded synthetic authority: SSDA903 CSVs plus settings, vacancies, referrals and fees (JSON).',
    )
    .requiredOption('--out <dir>', 'folder to write into (created if missing)')
    .option('--seed <n>', 'any integer; the same seed gives byte-identical files', '1')
    .option('--children <n>', 'children with an episode in the years written', '500')
    .option('--years <n>', 'consecutive collection years; above 1, one folder per year', '1')
    .option(
      '--start-year <yyyy>',
      'calendar year the first collection year starts (default: so the last is 2024-25)',
    )
    .option('--authority <code>', 'real English upper-tier authority (GSS code) whose sectors to use')
    .option(
      '--layout <folder|prefix>',
      'with --years above 1: folders (2023-24/episodes.csv) or prefixes (2023-24-episodes.csv)',
      'folder',
    )
    .option(
      '--ofsted',
      "take children's homes from Ofsted's real provider list (real URNs, places, judgements)",
    )
    .option('--faults <rate>', 'inject deliberate faults into this share of episodes (writes faults.json)')
    .option('--fault-kinds <list>', `comma-separated kinds (${FAULT_KINDS.join(', ')})`)
    .action(async (flags: SyntheticFlags) => {
      const years = integer('years', flags.years, 1, 20);
      const startYear = flags.startYear ? integer('start-year', flags.startYear, 2000, 2100) : 2025 - years;
      const children = integer('children', flags.children, 1, 1_000_000);
      const seed = integer('seed', flags.seed, -(2 ** 31), 2 ** 31 - 1);
      if (flags.layout !== 'folder' && flags.layout !== 'prefix')
        throw new CliExit(2, '--layout must be folder or prefix.');
      if (flags.authority && !/^E\d{8}$/.test(flags.authority))
        throw new CliExit(2, '--authority must be an English GSS code.');
      const rate = flags.faults === undefined ? undefined : Number(flags.faults);
      if (rate !== undefined && !(rate >= 0 && rate <= 1))
        throw new CliExit(2, '--faults must be a share from 0 to 1.');
      const kinds = flags.faultKinds?.split(',').map((k) => k.trim()) ?? [];
      const unknown = kinds.filter((k) => !(FAULT_KINDS as readonly string[]).includes(k));
      if (unknown.length > 0) throw new CliExit(2, `Unknown fault kinds: ${unknown.join(', ')}.`);

      io.stderr(`Generating ${children} children over ${years} collection year(s)…\n`);
      let la: ReturnType<typeof generateAuthority>;
      try {
        la = generateAuthority({
          seed,
          children,
          years,
          startYear,
          ...(flags.authority ? { authority: flags.authority } : {}),
          ...(flags.ofsted ? { ofsted: true } : {}),
          ...(rate !== undefined ? { faults: { rate, kinds: kinds as FaultKind[] } } : {}),
        });
      } catch (error) {
        throw new CliExit(2, error instanceof Error ? error.message : String(error));
      }
      const written = writeSyntheticReturns(la, { layout: flags.layout });
      // One year: the return sits at the top of --out under the names councils' exports use.
      const strip = (name: string) => (years === 1 ? name.replace(/^\d{4}-\d{2}[/-]/, '') : name);
      const files = written.files.map((f) => ({ name: strip(f.name), content: f.content }));
      files.push(
        { name: 'authority.json', content: json(la.authority) },
        { name: 'settings.json', content: json(la.settings) },
        { name: 'vacancies.json', content: json(la.vacancies) },
        { name: 'referrals.json', content: json(la.referrals) },
        { name: 'fees.json', content: json(la.fees) },
      );
      if (rate !== undefined) {
        files.push({
          name: 'faults.json',
          content: json(written.faults.map((f) => ({ ...f, file: strip(f.file) }))),
        });
      }
      for (const file of files) await put(flags.out, file.name, file.content);
      io.stderr(
        `Wrote ${files.length} files to ${flags.out}: ${la.authority.name}, ${la.episodes.length} episodes, ` +
          `${la.settings.length} settings, ${la.vacancies.length} vacancies.\n`,
      );
    });
}
