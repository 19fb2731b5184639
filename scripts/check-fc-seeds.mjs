#!/usr/bin/env node
// Property tests take their seed from vitest.fc-seed.ts only, so `pnpm test` is fixed and `pnpm fuzz` reaches
// every property with its random seed. Fails, naming file and line, where a test file reads FC_SEED itself or
// replaces fast-check's global configuration without spreading `fc.readConfigureGlobal()`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const problems = [];

function visit(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) visit(path);
    else if (/\.test\.tsx?$/.test(name)) check(path);
  }
}

function check(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const at = `${relative(root, path)}:${i + 1}`;
    if (line.includes('process.env.FC_SEED'))
      problems.push(`${at}: reads FC_SEED; the seed comes from vitest.fc-seed.ts`);
    if (line.includes('configureGlobal(') && !line.includes('readConfigureGlobal()'))
      problems.push(`${at}: fc.configureGlobal without ...fc.readConfigureGlobal() drops the shared seed`);
  });
}

for (const dir of ['packages', 'apps', 'docs']) if (existsSync(join(root, dir))) visit(join(root, dir));
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exitCode = 1;
else console.log('property seeds: every test file uses the shared seed');
