// Load a TypeScript module of the project through Vite's module runner (the same
// transforms and `?raw` imports as the build), for scripts that run outside vitest.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const root = fileURLToPath(new URL('..', import.meta.url));

export async function importTs(path) {
  const { module } = await runnerImport(path, {
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@shared': `${root}src/shared` } },
  });
  return module;
}
