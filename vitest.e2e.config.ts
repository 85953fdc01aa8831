import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers against the production build: one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
