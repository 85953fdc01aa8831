import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { SCRIPT_CONTEXT } from './scripts/build/script-context';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: [SCRIPT_CONTEXT] },
  test: {
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/integration/**/*.test.{ts,tsx}',
      'tests/security/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['tests/setup.ts'],
  },
});
