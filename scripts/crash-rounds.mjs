// `npm run test:crash [rounds] [fileRounds]`: many more SIGKILL rounds than the unit suite runs:
// edits to a workspace, then every command that writes a file (exports, `new`, `import --from`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from './run-ts.mjs';

const rounds = Number(process.argv[2] ?? 25);
const fileRounds = Number(process.argv[3] ?? 10);
const { crashRound } = await importTs('/src/main/core/testing/crash-round.ts');
const { fileKillRound, timeCommand, KILL_KINDS } = await importTs('/src/main/core/testing/file-kill-round.ts');
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
  console.log(failed === 0 ? `All ${rounds} rounds kept every reported edit.` : `${failed} of ${rounds} rounds lost edits.`);
  for (const kind of KILL_KINDS) {
    const outcomes = { old: 0, new: 0, none: 0, partial: 0 };
    // Kill anywhere from the start to just past the end of an uninterrupted run.
    const ms = await timeCommand(dir, kind, true);
    for (let round = 0; round < fileRounds; round++) {
      const result = await fileKillRound(dir, round, kind, ms * 1.1, true);
      outcomes[result.outcome]++;
      if (result.problem) {
        failed++;
        console.log(`  ${kind} round ${round + 1}: FAILED ${result.problem}`);
      }
    }
    console.log(`${kind.padEnd(12)} ${fileRounds} kills within ${Math.round(ms)} ms: ${outcomes.old} old, ${outcomes.new} new, ${outcomes.none} nothing, ${outcomes.partial} partial`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed === 0 ? 'Every round passed.' : `${failed} rounds failed.`);
process.exitCode = failed === 0 ? 0 : 1;
