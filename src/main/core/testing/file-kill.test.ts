import { describe, expect, it } from 'vitest';
import { useTempDir } from './temp';
import { fileKillRound, KILL_KINDS } from './file-kill-round';

// A CLI command that writes a file is SIGKILLed at a random moment: the final
// name holds the old file, a complete new one or nothing. `npm run test:crash`
// runs many more rounds; two per kind keep the suite quick.
describe('files survive a kill', () => {
  const tmp = useTempDir();

  for (const kind of KILL_KINDS) {
    it(`${kind}: old, new or nothing, never a partial file`, { timeout: 120_000 }, async () => {
      for (let round = 0; round < 2; round++) {
        const result = await fileKillRound(tmp.dir(), round, kind, 400);
        expect(result.problem).toBeNull();
      }
    });
  }
});
