import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { MESSAGES } from './src/i18n/messages';

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

/**
 * The message table as the bundle ships it: three joined strings — keys, English, Japanese — that rebuild the same
 * object at startup. The source stays one readable 'English|日本語' table; the bundle is 0.16 KB smaller gzip, as
 * each language's text sits together, which deflate codes better than the two scripts interleaved.
 */
export function joinedTable(table: Record<string, string>): string {
  const keys = Object.keys(table);
  const pairs = Object.values(table).map((pair) => pair.split('|'));
  if (keys.some((key) => key.includes(',')) || pairs.some((pair) => pair.length !== 2 || /\n/.test(pair.join(''))))
    throw new Error('joined-messages: a key with a comma, a message with a newline, or not two languages');
  const joined = (texts: string[]) => `${JSON.stringify(texts.join('\n'))}.split('\\n')`;
  return (
    `export const MESSAGES = ((keys, en, ja) => Object.fromEntries(keys.map((key, i) => [key, en[i] + '|' + ja[i]])))(` +
    `${JSON.stringify(keys.join(','))}.split(','), ${joined(pairs.map(([en]) => en))}, ${joined(pairs.map(([, ja]) => ja))});`
  );
}

/** src/i18n/messages.ts, as joinedTable ships it. */
function joinedMessages(): Plugin {
  return {
    name: 'joined-messages',
    enforce: 'post',
    transform(code, id) {
      if (!id.endsWith('/src/i18n/messages.ts')) return undefined;
      // After TypeScript, the module exports the table alone: anything more would be lost here.
      if (/export (?!const MESSAGES\b)/.test(code)) throw new Error('joined-messages: messages.ts exports more');
      return joinedTable(MESSAGES);
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
    plugins: entry === 'desktop' ? [] : [joinedMessages()],
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
