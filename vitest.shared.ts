import { defineConfig } from 'vitest/config';

/**
 * Shared vitest settings: sibling packages resolve to their TypeScript source through the
 * `@placewise/source` condition, and each run writes a JSON report that `scripts/test.mjs` sums.
 */
export function packageTestConfig(include: string[] = ['src/**/*.test.ts', 'test/**/*.test.ts']) {
  return defineConfig({
    resolve: { conditions: ['@placewise/source'] },
    ssr: { resolve: { conditions: ['@placewise/source'] } },
    test: {
      include,
      reporters: ['default', 'json'],
      outputFile: { json: '.reports/unit.json' },
      testTimeout: 30_000,
    },
  });
}
