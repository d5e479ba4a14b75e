import { defineConfig } from 'vitest/config';
import { jsx } from './vite.config.ts';

// Unit tests: fast, no browser. Browser tests live in test/e2e and have their own config.
export default defineConfig({
  oxc: jsx,
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
  },
});
