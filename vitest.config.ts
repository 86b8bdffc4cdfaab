import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the engine builds a real index over the real articles; give slow CI machines room
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
