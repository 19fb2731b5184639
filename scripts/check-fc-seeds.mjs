#!/usr/bin/env node
// Property tests take their seed from vitest.fc-seed.ts only, so `pnpm test` is fixed and `pnpm fuzz` reaches
// every property with its random seed. Fails, naming file and line, where a test file reads FC_SEED itself or
// replaces fast-check's global configuration without spreading `fc.readConfigureGlobal()`.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { root, testFiles, workspaceDirs } from './lib/workspaces.mjs';

const problems = [];
for (const path of workspaceDirs().flatMap(testFiles)) {
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const at = `${relative(root, path)}:${i + 1}`;
      if (line.includes('process.env.FC_SEED'))
        problems.push(`${at}: reads FC_SEED; the seed comes from vitest.fc-seed.ts`);
      if (line.includes('configureGlobal(') && !line.includes('readConfigureGlobal()'))
        problems.push(`${at}: fc.configureGlobal without ...fc.readConfigureGlobal() drops the shared seed`);
    });
}
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exitCode = 1;
else console.log('property seeds: every test file uses the shared seed');
