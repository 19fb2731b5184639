#!/usr/bin/env node
// Every public package's `prepack`: a package is never packed without `dist`. Builds the package in the
// current directory when `dist` is missing or older than its sources, and fails the pack when the build fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.cwd();
const built = join(dir, 'dist', 'index.js');

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const inputs = ['src', 'data', 'tsup.config.ts'].map((p) => newest(join(dir, p)));
const fresh = existsSync(built) && newest(join(dir, 'dist')) >= Math.max(...inputs);
if (!fresh) {
  process.stderr.write(`prepack: building ${dir} (dist is missing or older than its sources)\n`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(built)) {
    process.stderr.write('prepack: the build failed; refusing to pack a package without dist\n');
    process.exit(1);
  }
}
