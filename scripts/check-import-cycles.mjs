#!/usr/bin/env node
// House rule: no import cycles, type-only ones included. Reads every module under packages/*/src and
// apps/*/src (tests aside), resolves each import, export-from and import() the way TypeScript does (so
// `./x.js` finds `x.ts` and `@placewise/<name>` finds its source through the `@placewise/source`
// condition), and fails listing every cycle: each group of files that import each other, with one ring
// through the group written out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const options = {
  customConditions: ['@placewise/source'],
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  resolveJsonModule: true,
  allowJs: false,
};

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(name) &&
      !/\.(test|spec|bench)\.tsx?$/.test(name) &&
      !name.endsWith('.d.ts')
      ? [resolve(path)]
      : [];
  });
}

const files = ['packages', 'apps']
  .filter((top) => statSync(top, { throwIfNoEntry: false })?.isDirectory())
  .flatMap((top) => readdirSync(top).map((name) => join(top, name, 'src')))
  .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  .flatMap(sourceFiles);
const known = new Set(files);

/** Each file's imports that resolve to another of those source files. */
const edges = new Map();
for (const file of files) {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = new Set();
  for (const { fileName } of info.importedFiles) {
    const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
    const target = resolved && resolve(resolved.resolvedFileName);
    if (target && known.has(target) && target !== file) targets.add(target);
  }
  edges.set(file, [...targets].sort());
}

// Tarjan's strongly connected components: every group of two or more files is a cycle (or several).
let index = 0;
const stack = [];
const state = new Map();
const groups = [];
function connect(v) {
  state.set(v, { index, low: index, onStack: true });
  index += 1;
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    const sw = state.get(w);
    if (!sw) {
      connect(w);
      state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
    } else if (sw.onStack) state.get(v).low = Math.min(state.get(v).low, sw.index);
  }
  if (state.get(v).low === state.get(v).index) {
    const group = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      group.push(w);
    } while (w !== v);
    if (group.length > 1) groups.push(group.sort());
  }
}
for (const file of files) if (!state.has(file)) connect(file);

/** A shortest ring from `start` back to itself inside one group (breadth-first). */
function ring(start, members) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of edges.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let p = previous.get(v); p; p = previous.get(p)) path.unshift(p);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

const name = (file) => relative(root, file);
if (groups.length > 0) {
  const lines = [`Import cycles (type-only imports count): ${groups.length}`];
  for (const [i, group] of groups.entries()) {
    const members = new Set(group);
    lines.push(`\n${i + 1}. ${group.length} files import each other:`);
    lines.push(`   ${ring(group[0], members).map(name).join('\n     -> ')}`);
    if (group.length > 2) lines.push(`   all files in this group: ${group.map(name).join(', ')}`);
  }
  lines.push('\nBreak each ring: move the type or function both sides need into the lower file.');
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`Import cycles: none in ${files.length} modules under packages/*/src and apps/*/src.\n`);
