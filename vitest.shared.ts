import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Shared vitest settings: sibling packages resolve to their TypeScript source through the
 * `@placewise/source` condition, property tests run with a fixed seed (`vitest.fc-seed.ts`), and each run
 * writes a JSON report that `scripts/test.mjs` sums.
 */
export function packageTestConfig(include: string[] = ['src/**/*.test.ts', 'test/**/*.test.ts']) {
  return defineConfig({
    resolve: { conditions: ['@placewise/source'] },
    ssr: { resolve: { conditions: ['@placewise/source'] } },
    test: {
      include,
      // Fixed fast-check seed for every property test (FC_SEED overrides it).
      setupFiles: [fileURLToPath(new URL('./vitest.fc-seed.ts', import.meta.url))],
      reporters: ['default', 'json'],
      outputFile: { json: '.reports/unit.json' },
      testTimeout: 30_000,
    },
  });
}
