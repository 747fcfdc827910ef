#!/usr/bin/env node
// The `channelwise` command: the CLI is TypeScript, built into out/main/cli.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (existsSync(fileURLToPath(cli))) {
  await import(cli.href);
} else {
  console.error('Channelwise is not built yet: run `npm run build` (in the Channelwise folder) first.');
  process.exitCode = 1;
}
