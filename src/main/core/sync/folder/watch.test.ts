import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../testing/temp';
import { watchSyncFolder } from './watch';
import { until } from '../../testing/until';

const temp = useTempDir();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function deviceFolder(dir: string, device: string): string {
  const folder = join(dir, 'devices', device);
  mkdirSync(folder, { recursive: true });
  return folder;
}

describe('watchSyncFolder', () => {
  for (const events of [true, false]) {
    it(`notices a new segment ${events ? 'through file events' : 'by polling alone, as on a share that raises no events'}`, async () => {
      const dir = temp.dir();
      const folder = deviceFolder(dir, 'devb');
      let calls = 0;
      const stop = watchSyncFolder(dir, () => calls++, { pollMs: 50, debounceMs: 20, events });
      try {
        await sleep(120);
        expect(calls).toBe(0);
        writeFileSync(join(folder, 'segment-1.ops.gz'), 'x');
        await until(() => calls === 1);
      } finally {
        stop();
      }
    });
  }

  it('gives one call for a burst of files, none for hidden temporaries, and none after stopping', async () => {
    const dir = temp.dir();
    const folder = deviceFolder(dir, 'devb');
    let calls = 0;
    const stop = watchSyncFolder(dir, () => calls++, { pollMs: 40, debounceMs: 150 });
    await sleep(100);
    for (let i = 0; i < 10; i++) writeFileSync(join(folder, `segment-${i}.ops.gz`), 'x');
    await until(() => calls === 1);
    await sleep(300);
    expect(calls).toBe(1);
    writeFileSync(join(folder, '.~cw-segment.0123456789ab.tmp'), 'x');
    await sleep(300);
    expect(calls).toBe(1);
    stop();
    writeFileSync(join(folder, 'segment-late.ops.gz'), 'x');
    await sleep(300);
    expect(calls).toBe(1);
  });

  it('keeps polling a folder that is not there yet and notices when it appears', async () => {
    const dir = join(temp.dir(), 'share');
    let calls = 0;
    const stop = watchSyncFolder(dir, () => calls++, { pollMs: 40, debounceMs: 10 });
    try {
      await sleep(100);
      writeFileSync(join(deviceFolder(dir, 'devb'), 'segment.ops.gz'), 'x');
      await until(() => calls >= 1);
    } finally {
      stop();
    }
  });
});
