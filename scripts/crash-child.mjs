// The crash worker, run from TypeScript source (see run-ts.mjs).
import { writeSync } from 'node:fs';
import { importTs } from './run-ts.mjs';

const [path, dataDir, count] = process.argv.slice(2);
const { runCrashWorker } = await importTs('/src/main/core/testing/crash-worker.ts');
// writeSync: a line reported is a line the parent has, even if we die right after.
runCrashWorker(path, dataDir, Number(count), (line) => writeSync(1, `${line}\n`));
