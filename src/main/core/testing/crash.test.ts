import { describe, expect, it } from 'vitest';
import { useTempDir } from './temp';
import { crashRound } from './crash-round';

// Each round kills a writer process with SIGKILL at a random moment. `npm run
// test:crash` runs many more rounds; three here keep the suite quick.
describe('crash safety', () => {
  const tmp = useTempDir();

  it('keeps every reported edit and a sound file after SIGKILL', { timeout: 120_000 }, async () => {
    for (let round = 0; round < 3; round++) {
      const result = await crashRound(tmp.dir(), round);
      expect(result.missing).toEqual([]);
      expect(result.integrity).toBe('ok');
      expect(result.reported).toBeGreaterThanOrEqual(0);
    }
  });
});
