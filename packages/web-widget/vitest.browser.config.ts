import { defineProject } from 'vitest/config';

/**
 * Browser tests: node environment, driving Debian's Chromium with
 * playwright-core against the built bundles (the root builds first; this
 * config builds nothing). One file at a time: each launches its own browser.
 */
export default defineProject({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
