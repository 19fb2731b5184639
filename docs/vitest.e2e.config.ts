import { defineConfig } from 'vitest/config';

/** The built docs site on a plain static file server, in Debian's Chromium. Runs after the build. */
export default defineConfig({
  test: {
    include: ['test/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/e2e.json' },
  },
});
