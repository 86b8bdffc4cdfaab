import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the engine builds a real index over the real articles; give slow CI machines room
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // every run ends with one line that says what it covered (test/suite-summary-reporter.ts); CI also
    // keeps a machine-readable report, so .ci/run can print a plain "N passed, N failed" line after it
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.cache/test-results.json' }], './test/suite-summary-reporter.ts']
      : ['default', './test/suite-summary-reporter.ts'],
  },
});
