// kintone's own ESLint preset (@cybozu/eslint-config) with its Prettier setup: React/Preact + TypeScript
// for the plug-in, Node for the scripts and the local kintone stand-in.
import reactTypescriptPrettier from '@cybozu/eslint-config/flat/presets/react-typescript-prettier.js';
import nodePrettier from '@cybozu/eslint-config/flat/presets/node-prettier.js';
import globals from 'globals';

const onlyFiles = (configs, files) => configs.map((config) => ({ ...config, files }));

export default [
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/'] },
  ...onlyFiles(reactTypescriptPrettier, ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', '*.ts']),
  ...onlyFiles(nodePrettier, ['scripts/**/*.mjs', 'test/**/*.mjs', 'stand-in/**/*.mjs', '*.mjs']),
  // Preact with classic JSX (h, Fragment); no React package to detect a version from.
  { settings: { react: { version: '18.0', pragma: 'h', fragment: 'Fragment' } } },
  {
    files: ['src/**/*.{ts,tsx}', 'test/unit/**/*.{ts,tsx}'],
    rules: {
      // Preact, not React: `class` is the DOM attribute name, and JSX is compiled classically with h injected.
      'react/no-unknown-property': 'off',
      'react/react-in-jsx-scope': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'stand-in/**/*.mjs'],
    rules: {
      // Command-line tools: their exit status is their interface.
      'n/no-process-exit': 'off',
      // package.json asks for Node 20, which has both; the plugin still calls them experimental there.
      'n/no-unsupported-features/node-builtins': ['error', { ignores: ['fetch', 'fs.cpSync'] }],
    },
  },
  {
    files: ['stand-in/**/*.mjs'],
    // HTTP handlers end with `return res.end(…)` or nothing: nobody reads the value.
    rules: { 'consistent-return': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // Preact, not React: componentWillMount is a supported lifecycle there (the panel sends its reads
      // before the first render), and state read through render(props, state) is used state.
      'react/no-deprecated': 'off',
      'react/no-unused-state': 'off',
      // Class fields that derive data (memoised) read best next to the state they derive from.
      'react/sort-comp': 'off',
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // kintone.api rejects with plain objects ({ code, id, message }): the fakes throw the same.
      'no-throw-literal': 'off',
      // A test that finds nothing where it expects something should fail right there.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['stand-in/public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
];
