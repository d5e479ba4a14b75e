import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

/**
 * One IIFE bundle per kintone entry: kintone loads plugin JS as classic scripts, and Vite's IIFE
 * output takes a single entry, so scripts/build.mjs runs this config once per entry (PLUGIN_ENTRY).
 */
const ENTRIES: Record<string, string> = {
  config: 'src/config.tsx',
  desktop: 'src/desktop.tsx',
};

export default defineConfig(() => {
  const entry = process.env.PLUGIN_ENTRY ?? 'config';
  return {
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    // No public dir: plugin/ assets are copied by the build script, not by Vite.
    publicDir: false,
    build: {
      outDir: 'dist/plugin/js',
      emptyOutDir: false,
      target: 'es2020',
      sourcemap: false,
      minify: true,
      reportCompressedSize: false,
      lib: {
        entry: ENTRIES[entry],
        formats: ['iife'],
        name: `knm_${entry}`,
        fileName: () => `${entry}.js`,
      },
    },
  };
});
