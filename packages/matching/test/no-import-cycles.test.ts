import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// House rule: no import cycles, type-only ones included (match-referral ↔ evaluate-criteria was one).
const root = join(import.meta.dirname, '..', 'src');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('@placewise/matching source', () => {
  it('has no import cycles, counting `import type`', () => {
    const graph = new Map(
      sources(root).map((file) => [
        file,
        [...readFileSync(file, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)].map((m) =>
          resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')),
        ),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open')
          cycles.push(
            stack
              .slice(stack.indexOf(next))
              .map((f) => relative(root, f))
              .join(' → '),
          );
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(graph.size).toBeGreaterThan(20);
    expect(cycles).toEqual([]);
  });
});
