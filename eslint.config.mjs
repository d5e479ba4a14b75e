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
  {
    files: ['src/**/*.{ts,tsx}', 'test/unit/**/*.{ts,tsx}'],
    settings: { react: { version: '18.0', pragma: 'h', fragment: 'Fragment' } },
    rules: {
      // Preact, not React: `class` is the DOM attribute name, and JSX is compiled classically with h injected.
      'react/no-unknown-property': 'off',
      'react/react-in-jsx-scope': 'off',
    },
  },
  {
    files: ['stand-in/public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
];
