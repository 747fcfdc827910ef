// The `channelwise` command run from TypeScript source (see run-ts.mjs), for kill tests:
// it says "ready" once loaded, so the parent's random delay falls inside the command itself.
import { writeSync } from 'node:fs';
import { importTs } from './run-ts.mjs';

const { runCli } = await importTs('/src/main/cli/program.ts');
writeSync(1, 'ready\n');
const code = await runCli(process.argv.slice(2), {
  out: (line) => writeSync(1, `${line}\n`),
  err: (line) => writeSync(2, `${line}\n`),
  env: process.env,
});
process.exitCode = code;
