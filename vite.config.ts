import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MESSAGES } from './src/i18n/messages.ts';
import { zh } from './src/i18n/zh.ts';
import { joinedTable, numberCalls, numberedKeys } from './build-messages.ts';

/**
 * One IIFE bundle per kintone entry: kintone loads plugin JS as classic scripts, and Vite's IIFE
 * output takes a single entry, so scripts/build.mjs runs this config once per entry (PLUGIN_ENTRY).
 */
const ENTRIES: Record<string, string> = {
  config: 'src/config.tsx',
  desktop: 'src/desktop.ts',
};

/**
 * Classic JSX (h calls) instead of the automatic runtime that @preact/preset-vite sets up: the output is
 * smaller (no `children:` props, no jsx-runtime shim) and nothing here needs Preact's dev tooling. Shared
 * with vitest.config.ts so tests run the same transform as the bundle.
 */
export const jsx = {
  jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' },
  jsxInject: `import { h, Fragment } from 'preact'`,
} as const;

/** The product's sources but the message tables themselves: where keys are asked for. */
function sourcesAskingForMessages(): string[] {
  const dir = fileURLToPath(new URL('./src', import.meta.url));
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/i18n\/(messages|zh)\.ts$/.test(file))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

/** src/i18n/messages.ts as build-messages.ts ships it, and every t('key') by the key's number. */
function shippedMessages(): Plugin {
  const numbered = numberedKeys(Object.keys(MESSAGES), sourcesAskingForMessages(), Object.keys(zh));
  return {
    name: 'shipped-messages',
    enforce: 'post',
    transform(code, id) {
      if (id.endsWith('/src/i18n/messages.ts')) {
        // After TypeScript, the module exports the table alone: anything more would be lost here.
        if (/export (?!const MESSAGES\b)/.test(code)) throw new Error('shipped-messages: messages.ts exports more');
        return joinedTable(MESSAGES, numbered);
      }
      return id.includes('/src/') ? numberCalls(code, numbered) : undefined;
    },
  };
}

export default defineConfig(() => {
  const entry = process.env.PLUGIN_ENTRY ?? 'config';
  const config: UserConfig = {
    // The record-list script has no JSX: without the injected import, Preact stays out of its bundle
    // (the injection reaches every transformed file, and Preact's module has side effects).
    oxc: entry === 'desktop' ? {} : jsx,
    // No public dir: plugin/ assets are copied by the build script, not by Vite.
    publicDir: false,
    plugins: entry === 'desktop' ? [] : [shippedMessages()],
    build: {
      outDir: 'dist/plugin/js',
      emptyOutDir: false,
      // kintone supports current evergreen browsers only; ES2022 keeps class fields native.
      target: 'es2022',
      sourcemap: false,
      minify: true,
      reportCompressedSize: false,
      lib: {
        entry: ENTRIES[entry],
        formats: ['iife'],
        name: `knm_${entry}`,
        fileName: () => `${entry}.js`,
        // The components' stylesheets (each beside its component) become one file; scripts/build.mjs moves
        // it to css/, where the manifest names it.
        cssFileName: 'matrix',
      },
    },
  };
  return config;
});
