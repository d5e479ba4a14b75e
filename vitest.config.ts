import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests: fast, no browser. Browser tests live in test/e2e and have their own config.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
  },
});
