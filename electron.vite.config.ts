import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// electron-vite reads Electron's major version from node_modules/electron to pick
// the Node target. Where the Electron runtime could not be installed (no access to
// GitHub downloads, as in CI) the package is absent; the build must still work, so
// we pin the major version we ship against.
const require = createRequire(import.meta.url);
try {
  require.resolve('electron/package.json');
} catch {
  process.env.ELECTRON_MAJOR_VER ??= '45';
}

const sharedAlias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

/** A module of one of these packages (in node_modules, any nesting). */
const packages = (names: readonly string[]) => new RegExp(`[\\\\/]node_modules[\\\\/](${names.join('|')})[\\\\/]`);

/** The renderer's library chunks, by package; everything else is split by how it is imported. */
const VENDOR_CHUNKS = [
  { name: 'vendor-react', test: packages(['react', 'react-dom', 'scheduler']) },
  { name: 'vendor-query', test: packages(['@tanstack']) },
  { name: 'vendor-i18n', test: packages(['i18next', 'react-i18next', 'html-parse-stringify', 'void-elements']) },
  { name: 'vendor-dnd', test: packages(['@dnd-kit']) },
  {
    name: 'vendor-recharts',
    test: packages(['recharts', 'd3-[a-z-]+', 'victory-vendor', 'internmap', '@reduxjs', 'redux', 'redux-thunk', 'react-redux', 'reselect', 'immer', 'decimal\\.js-light', 'es-toolkit', 'eventemitter3', 'tiny-invariant', 'use-sync-external-store', 'react-is']),
  },
];

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/electron/index.ts'),
          cli: resolve(import.meta.dirname, 'src/main/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: ship one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    resolve: { alias: sharedAlias },
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // Workshop participants load the renderer over Wi-Fi from the browser host.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/renderer/index.html'),
          participant: resolve(import.meta.dirname, 'src/renderer/participant.html'),
        },
        // Pages are loaded on first visit (features/workspace/navItems.ts); the
        // libraries get chunks of their own, so a page's chunk holds only its code
        // and a release that changes the app leaves the (cached) libraries alone.
        // recharts and its dependencies go together, reached only from the pages
        // that draw an emotion curve, never from the start screen.
        output: { codeSplitting: { groups: VENDOR_CHUNKS } },
      },
    },
  },
});
