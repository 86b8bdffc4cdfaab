import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the engine builds a real index over the real articles; give slow CI machines room
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // CI also keeps a machine-readable report, so .ci/run can print a plain "N passed, N failed" line
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.cache/test-results.json' }]]
      : ['default'],
  },
});
