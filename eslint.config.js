// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layering rules (see docs/architecture.md): shared imports neither side,
 * the renderer never imports main, the core never imports Electron. */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['**/main/**', '**/renderer/**', '**/preload/**', 'electron', 'node:*', 'better-sqlite3'], message: 'src/shared is pure: it imports neither main, renderer nor Node/Electron.' },
    ]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        { group: ['**/main/**', '**/preload/index*', 'electron', 'node:*', 'better-sqlite3'], message: 'The renderer talks to the core only through the contract client.' },
      ]),
    },
  },
  {
    // Scripts that drive Chromium run some of their code inside the page.
    files: ['bench/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Playwright fixtures declare "no dependencies" as an empty destructuring pattern.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/cli/**/*.ts', 'src/main/host/**/*.ts'],
    rules: restrict([
      { group: ['electron', '**/main/electron/**', '**/renderer/**'], message: 'The core, CLI and browser host never import Electron or the renderer.' },
    ]),
  },
);
