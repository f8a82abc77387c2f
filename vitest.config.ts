import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // CI runs on a 2-core machine that may be busy: the end-to-end tests start node, git and the
    // bundled action many times, and a 5 s default fails them under load, not on their merits.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
  },
});
