import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');
let consumer = '';

// Builds the current source into a scratch consumer's node_modules (never into this package's own
// dist, which a parallel `build` task may be writing), with the real package.json and its exports map.
beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'placewise-model-consumer-'));
  const installed = join(consumer, 'node_modules', '@placewise', 'model');
  mkdirSync(installed, { recursive: true });
  copyFileSync(join(packageDir, 'package.json'), join(installed, 'package.json'));
  cpSync(join(packageDir, 'schema'), join(installed, 'schema'), { recursive: true });
  execSync(`pnpm exec tsup --out-dir ${JSON.stringify(join(installed, 'dist'))} --no-dts --silent`, {
    cwd: packageDir,
    stdio: 'pipe',
  });
  for (const dependency of ['zod', 'date-fns']) {
    const source = realpathSync(join(packageDir, 'node_modules', dependency));
    mkdirSync(dirname(join(consumer, 'node_modules', dependency)), { recursive: true });
    symlinkSync(source, join(consumer, 'node_modules', dependency), 'dir');
  }
}, 60_000);

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: consumer, encoding: 'utf8' }).trim();
}

const probe =
  "[m.categoryOf('U4','PR4'), m.normalisePostcode('ls61aa'), m.collectionYearOf('2024-04-01')].join(' ')";

describe('a scratch consumer of the built package', () => {
  it('can require it (CommonJS)', () => {
    expect(runNode(['-e', `const m = require('@placewise/model'); console.log(${probe})`])).toBe(
      'fostering-agency LS6 1AA 2024-25',
    );
  });

  it('can import it (ES module)', () => {
    const script = `const m = await import('@placewise/model'); console.log(${probe})`;
    expect(runNode(['--input-type=module', '-e', script])).toBe('fostering-agency LS6 1AA 2024-25');
  });

  it('can load a committed JSON Schema through the exports map', () => {
    const script = "console.log(require('@placewise/model/schema/Referral.schema.json').title)";
    expect(runNode(['-e', script])).toBe('Referral');
  });

  it('sees the same exports either way', () => {
    const keys = (load: string) =>
      runNode(['--input-type=module', '-e', `${load}; console.log(Object.keys(m).sort().join())`]);
    const viaImport = keys("const m = await import('@placewise/model')");
    const viaRequire = keys(
      "const { createRequire } = await import('node:module'); const m = createRequire(process.cwd() + '/')('@placewise/model')",
    );
    expect(viaRequire).toBe(viaImport);
    expect(viaImport.split(',')).toContain('ENTITY_SCHEMAS');
  });
});
