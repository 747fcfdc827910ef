// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import local from './eslint-rules/feature-entry.js';

/** Layering rules (see docs/architecture.md), between processes and inside them:
 * shared imports neither side, the renderer never imports main, the core never
 * imports Electron or a host, and inside the core services and repositories are
 * the bottom layer. Import cycles are checked by `npm run lint:cycles` (madge). */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const NO_ELECTRON_OR_RENDERER = { group: ['electron', '**/main/electron/**', '**/renderer/**'], message: 'The core, CLI and browser host never import Electron or the renderer.' };
const CORE_ENTRY_ONLY = { group: ['**/core/*', '!**/core/index'], message: 'Hosts import the core through its public entry (src/main/core/index.ts), not its folders.' };
const NO_HOST = { group: ['**/main/host/**', '**/main/cli/**', '../host/**', '../cli/**', '../../host/**', '../../cli/**', '**/preload/**'], message: 'The core never imports a host (browser host, CLI, preload): hosts import the core.' };

/** What other code may import of a renderer feature (src/renderer/src/features/<name>/):
 * its index.ts, and tableKeys.ts, which api/invalidation.ts reads (docs/architecture.md).
 * A feature declares a second entry where one barrel would bring a heavy module
 * (a page's grid, dialogs, slides, a stylesheet) into consumers that do not need
 * it, the first screen and the participant page above all; each says why in its
 * header. Stylesheets listed here are shared by a page of another feature. */
const FEATURE_ENTRIES = {
  '*': ['index.ts', 'tableKeys.ts'],
  charts: ['charts.css'],
  economics: ['result.ts'],
  history: ['panel.ts'],
  matrix: ['editable.ts', 'matrix.css', 'grid.css', 'panels.css'],
  'matrix-io': ['toolbar.ts'],
  // route.ts: the show's hash, for the shell's commands, without the slide titles' chart registry.
  present: ['slides.ts', 'route.ts', 'present.css'],
  profiles: ['editor.ts'],
  workshop: ['participant.ts'],
  workspace: ['shell.ts'],
};

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
    // Features talk through their entries. The one exception is the lazy loader: the
    // navigation loads each page module with a dynamic import(), where Vite splits the page
    // into its own chunk; an entry that re-exported a page would pull it into the first screen.
    files: ['src/renderer/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { local },
    rules: {
      'local/feature-entry': [
        'error',
        { featuresDir: 'src/renderer/src/features', entries: FEATURE_ENTRIES, lazyLoaders: ['src/renderer/src/features/workspace/navItems.ts'] },
      ],
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
    // Hosts use the core through its public entry (src/main/core/index.ts), as the renderer uses the contract.
    files: ['src/main/cli/**/*.ts', 'src/main/host/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([NO_ELECTRON_OR_RENDERER, CORE_ENTRY_ONLY]),
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: restrict([NO_ELECTRON_OR_RENDERER, NO_HOST]),
  },
  {
    // Inside the core, as VS Code layers its code: services and repositories are
    // the bottom; they never reach up to the composition root (workspace.ts), the
    // handlers, the deliverables or the session. Repositories do not call services.
    files: ['src/main/core/services/**/*.ts', 'src/main/core/repos/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*test-helpers.ts'],
    rules: restrict([
      NO_ELECTRON_OR_RENDERER,
      NO_HOST,
      {
        group: ['**/core/workspace', '../workspace', '**/deliverables/**', '**/handlers/**', '**/app-core*', '**/workshop/room'],
        message: 'Services and repositories are the bottom layer of the core: they do not import the composition root, handlers, deliverables or the session.',
      },
    ]),
  },
  {
    files: ['src/main/core/repos/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([NO_ELECTRON_OR_RENDERER, NO_HOST, { group: ['**/services/**', '../services/*', '**/core/workspace', '../workspace'], message: 'Repositories read and write tables; services use them, never the other way round.' }]),
  },
  {
    // The Electron shell and the preload share the IPC channel names through src/shared, not through each other.
    files: ['src/main/electron/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      { group: ['**/preload/**', '**/renderer/**'], message: 'The Electron shell does not import the preload or the renderer; shared IPC names live in src/shared/host.' },
      CORE_ENTRY_ONLY,
    ]),
  },
);
