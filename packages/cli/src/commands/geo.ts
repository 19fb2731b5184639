import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { createOnspdIndexBuilder } from '@placewise/geo';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';

/**
 * Registers `placewise geo build <onspd.csv> --out <index>`: streams the ONS Postcode Directory CSV once
 * into the exact postcode index `loadOnspdIndex` reads, with progress on stderr.
 */
export function registerGeo(program: Command, io: CliIo): void {
  const geo = program
    .command('geo')
    .description('Postcode lookups: build an exact index from the ONS Postcode Directory.');
  geo
    .command('build')
    .description('Stream the ONS Postcode Directory CSV into a compact exact postcode index.')
    .argument('<onspd.csv>', 'the ONSPD CSV (any edition: old or new column names)')
    .requiredOption('--out <index>', 'file to write the index to')
    .option('--json', 'print the summary as JSON')
    .action(async (path: string, flags: { out: string; json?: boolean }) => {
      let size: number;
      try {
        size = (await stat(path)).size;
      } catch {
        throw new CliExit(2, `Cannot read ${path}: no such file.`);
      }
      let bytesRead = 0;
      const builder = createOnspdIndexBuilder({
        file: path,
        onProgress: (rows) => {
          const share = size > 0 ? Math.round((bytesRead / size) * 100) : 100;
          io.stderr(`${rows.toLocaleString('en-GB')} rows read (${share}%)\n`);
        },
      });
      for await (const chunk of createReadStream(path)) {
        bytesRead += (chunk as Uint8Array).length;
        builder.push(chunk as Uint8Array);
      }
      const { value, summary, issues } = builder.finish();
      for (const issue of issues) io.stderr(`${issue.severity}: ${issue.code}: ${issue.message}\n`);
      if (!value) throw new CliExit(1, 'No index written.');
      await writeFile(flags.out, value);
      if (flags.json)
        io.stdout(`${JSON.stringify({ out: flags.out, bytes: value.length, ...summary }, null, 2)}\n`);
      else {
        io.stdout(
          `Indexed ${summary.indexed} postcodes into ${flags.out} (${(value.length / 1e6).toFixed(1)} MB). ` +
            `Skipped: ${summary.terminated} terminated, ${summary.withoutGridReference} without a grid reference, ` +
            `${summary.unreadable} unreadable, ${summary.duplicates} duplicates.\n`,
        );
      }
    });
}
