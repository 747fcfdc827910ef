// `npm run test:crash [rounds]`: many more SIGKILL rounds than the unit suite runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from './run-ts.mjs';

const rounds = Number(process.argv[2] ?? 25);
const { crashRound } = await importTs('/src/main/core/testing/crash-round.ts');
const dir = mkdtempSync(join(tmpdir(), 'cw-crash-'));
let failed = 0;
try {
  for (let round = 0; round < rounds; round++) {
    const result = await crashRound(dir, round, 1500, 4000);
    const ok = result.missing.length === 0 && result.integrity === 'ok';
    if (!ok) failed++;
    console.log(`round ${String(round + 1).padStart(3)}: ${String(result.reported).padStart(4)} edits reported before SIGKILL, ` +
      `${result.missing.length} missing, integrity ${result.integrity}${ok ? '' : '  FAILED ' + result.missing.slice(0, 5).join(', ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed === 0 ? `All ${rounds} rounds kept every reported edit.` : `${failed} of ${rounds} rounds lost edits.`);
process.exitCode = failed === 0 ? 0 : 1;
