import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium on the built dist/plugin.zip, served by the kintone stand-in.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium per file; files run in parallel on the machine's two cores.
    fileParallelism: true,
  },
});
