import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared';

/** Unit tests (node, no browser): catalogues, manifest, build helpers. Browser tests: vitest.browser.config.ts. */
export default defineProject({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
