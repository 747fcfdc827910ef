import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeChange, type SyncChange } from '@shared/sync/change';
import { COPY_STYLES, CloudRelay, makeChanges } from '../../testing/hostile-folder';
import { useTempDir } from '../../testing/temp';
import { openSyncFolder, type PullResult, type SyncFolder } from './index';
import { segmentName } from './names';
import { encodeSegment, sha256Hex } from './segment';

const temp = useTempDir();
const WS = 'ws-hostile';

/**
 * A laptop that pulls: what it has seen and every change it took in, in the
 * order taken (duplicates kept, to be caught). Its pulls run one after the
 * other, as the engine's must: a pull reads `seen` as the last one left it.
 */
class Receiver {
  readonly seen = new Set<string>();
  readonly got: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  constructor(readonly folder: SyncFolder) {}
  pull(): Promise<PullResult> {
    const next = this.queue.then(async () => {
      const result = await this.folder.pullSegments(this.seen);
      for (const key of result.taken) this.seen.add(key);
      this.got.push(...result.changes.map((c) => c.id));
      return result;
    });
    this.queue = next;
    return next;
  }
}

/** Laptop A writes into its local copy of the shared folder; the cloud relays it to laptop B's copy. */
async function twoLaptops(segments: number, perSegment = 3): Promise<{ relay: CloudRelay; b: Receiver; files: string[]; ids: string[]; dirB: string }> {
  const root = mkdtempSync(join(temp.dir(), 'laptops-'));
  const dirA = join(root, 'a');
  const dirB = join(root, 'b');
  mkdirSync(dirA);
  mkdirSync(dirB);
  const a = openSyncFolder(dirA, { workspaceId: WS, deviceId: 'deva', displayName: 'Anna', appVersion: '1' });
  const b = new Receiver(openSyncFolder(dirB, { workspaceId: WS, deviceId: 'devb', displayName: 'Bram', appVersion: '1' }));
  const changes = makeChanges('deva', segments * perSegment);
  const files: string[] = [];
  for (let s = 0; s < segments; s++) {
    const pushed = await a.pushSegment(changes.slice(s * perSegment, (s + 1) * perSegment));
    files.push(`devices/deva/${pushed!.file}`);
  }
  return { relay: new CloudRelay(dirA, dirB), b, files, ids: changes.map((c) => c.id), dirB };
}

function expectNothingLostNothingTwice(b: Receiver, ids: string[]): void {
  expect(new Set(b.got).size).toBe(b.got.length);
  expect([...b.got].sort()).toEqual([...ids].sort());
}

describe('a shared folder as cloud clients deliver it', () => {
  it('takes in segments that arrive late and out of order, each once', async () => {
    const { relay, b, files, ids } = await twoLaptops(3);
    expect((await b.pull()).changes).toEqual([]);
    relay.deliver(files[2]!);
    expect((await b.pull()).changes.map((c) => c.id)).toEqual(ids.slice(6, 9));
    relay.deliver(files[0]!);
    relay.deliver(files[1]!);
    const both = await b.pull();
    // Within one pull the changes come in clock order, whatever order their files arrived in.
    expect(both.changes.map((c) => c.id)).toEqual(ids.slice(0, 6));
    expect(await b.pull()).toMatchObject({ changes: [], taken: [] });
    expectNothingLostNothingTwice(b, ids);
  });

  it('ignores a segment while it is half-written or a zero-byte placeholder, and takes it once complete', async () => {
    const { relay, b, files, ids } = await twoLaptops(2);
    relay.deliver(files[0]!, 'half');
    relay.deliver(files[1]!, 'zero');
    const early = await b.pull();
    expect(early.changes).toEqual([]);
    expect(early.taken).toEqual([]);
    expect(early.skipped).toEqual([
      { file: files[0], reason: 'incomplete' },
      { file: files[1], reason: 'empty' },
    ]);
    relay.deliver(files[0]!);
    expect((await b.pull()).changes.map((c) => c.id)).toEqual(ids.slice(0, 3));
    relay.deliver(files[1]!);
    expect((await b.pull()).changes.map((c) => c.id)).toEqual(ids.slice(3, 6));
    expectNothingLostNothingTwice(b, ids);
  });

  it('takes in a conflicted copy of a segment already seen never again, whatever client made it', async () => {
    const { relay, b, files, ids } = await twoLaptops(1);
    relay.deliverAll();
    await b.pull();
    const copies = COPY_STYLES.map((style) => relay.conflictCopy(files[0]!, style));
    const after = await b.pull();
    expect(after.changes).toEqual([]);
    expect(after.skipped).toEqual(copies.map((file) => ({ file, reason: 'duplicate' })).sort((x, y) => (x.file < y.file ? -1 : 1)));
    expectNothingLostNothingTwice(b, ids);
  });

  it('takes a copy that arrives before its original, and then not the original', async () => {
    const { relay, b, files, ids } = await twoLaptops(1);
    const copy = relay.conflictCopy(files[0]!, 'syncthing');
    expect((await b.pull()).changes.map((c) => c.id)).toEqual(ids);
    relay.deliverAll();
    // The original is known by its hash and passed over unread; the copy, read again, is reported as the duplicate it now is.
    expect(await b.pull()).toEqual({ changes: [], taken: [], skipped: [{ file: copy, reason: 'duplicate' }], peers: [expect.objectContaining({ deviceId: 'deva' })] });
    expectNothingLostNothingTwice(b, ids);
  });

  it('takes a copy whose bytes differ from its name but hold valid changes as another segment, keyed by its content', async () => {
    const { relay, b, files, ids } = await twoLaptops(1);
    relay.deliverAll();
    await b.pull();
    const extra = makeChanges('deva', 2, undefined, 100);
    const bytes = await encodeSegment([...makeChanges('deva', 3), ...extra]);
    relay.conflictCopy(files[0]!, 'dropbox', bytes);
    // A damaged copy (cut short) is not taken: it is retried, and never counts as seen.
    relay.conflictCopy(files[0]!, 'numbered', bytes.subarray(0, bytes.byteLength - 7));
    const pulled = await b.pull();
    expect(pulled.taken).toEqual([sha256Hex(bytes)]);
    expect(pulled.changes.map((c) => c.id)).toEqual([...ids, ...extra.map((c) => c.id)]);
    expect(pulled.skipped).toEqual([{ file: expect.stringContaining(' (1).ops.gz'), reason: 'incomplete' }]);
    // The caller drops changes it already has (by id); the transport only takes each file once.
    b.got.splice(0, b.got.length, ...new Set(b.got));
    expect(await b.pull()).toMatchObject({ changes: [], taken: [] });
    expectNothingLostNothingTwice(b, [...ids, ...extra.map((c) => c.id)]);
  });

  it('loses nothing when the cloud client deletes a segment after it was taken in, or before', async () => {
    const { relay, b, files, ids } = await twoLaptops(2);
    relay.deliverAll();
    await b.pull();
    relay.remove(files[0]!);
    expect(await b.pull()).toMatchObject({ changes: [], taken: [], skipped: [] });
    expectNothingLostNothingTwice(b, ids);
    // Delivered again later (the client restored it): still not taken twice.
    relay.deliver(files[0]!);
    expect((await b.pull()).changes).toEqual([]);
    expectNothingLostNothingTwice(b, ids);
  });

  it('skips the temporary files a crashed writer or a cloud client left', async () => {
    const { relay, b, files, dirB } = await twoLaptops(1);
    relay.deliver(files[0]!, 'half');
    const name = files[0]!.split('/').pop()!;
    const own = join(dirB, 'devices', 'deva');
    const bytes = readFileSync(join(own, name));
    for (const temp of [`.~cw-${name}.0123456789ab.tmp`, `.tmp-${name}`, `${name}.partial`, 'notes.txt']) writeFileSync(join(own, temp), bytes);
    const pulled = await b.pull();
    expect(pulled.changes).toEqual([]);
    expect(pulled.skipped.map((s) => s.reason).sort()).toEqual(['incomplete', 'not-a-segment', 'temporary', 'temporary', 'temporary']);
  });

  it('takes the good lines of a complete segment and counts the others', async () => {
    const { b, dirB } = await twoLaptops(0);
    const good = makeChanges('devc', 3);
    const lines = [encodeChange(good[0]!), '{"torn": ', encodeChange(good[1]!), '{"v":1,"id":"x"}', encodeChange(good[2]!)];
    const bytes = gzipSync(Buffer.from(`${lines.join('\n')}\n`));
    const name = segmentName(good[0]!.hlc, good[2]!.hlc, sha256Hex(bytes));
    mkdirSync(join(dirB, 'devices', 'devc'), { recursive: true });
    writeFileSync(join(dirB, 'devices', 'devc', name), bytes);
    const pulled = await b.pull();
    expect(pulled.changes).toEqual(good);
    expect(pulled.skipped).toEqual([{ file: `devices/devc/${name}`, reason: 'bad-lines', lines: 2 }]);
    expect(pulled.taken).toEqual([sha256Hex(bytes)]);
  });

  it('two laptops pushing into one folder at the same time: a third takes in all of both, once', async () => {
    const dir = temp.dir();
    const open = (id: string): SyncFolder => openSyncFolder(dir, { workspaceId: WS, deviceId: id, displayName: id, appVersion: '1' });
    const [a, b, c] = [open('deva'), open('devb'), new Receiver(open('devc'))];
    const fromA = makeChanges('deva', 50);
    const fromB = makeChanges('devb', 50);
    const pushes: Promise<unknown>[] = [];
    for (let s = 0; s < 10; s++) {
      pushes.push(a.pushSegment(fromA.slice(s * 5, s * 5 + 5)), b.pushSegment(fromB.slice(s * 5, s * 5 + 5)));
      // Pull while the pushes are in flight: a half-done push is never visible, so nothing is lost or taken twice.
      if (s % 3 === 0) pushes.push(c.pull());
    }
    await Promise.all(pushes);
    await c.pull();
    expectNothingLostNothingTwice(c, [...fromA, ...fromB].map((x) => x.id));
    const seenByA = await a.pullSegments(new Set());
    expect(seenByA.changes.map((x) => x.device)).toEqual(fromB.map(() => 'devb'));
    expect(seenByA.peers.map((p) => p.deviceId)).toEqual(['devb', 'devc']);
  });

  it('survives random hostile delivery: nothing lost, nothing taken twice', async () => {
    const rng = mulberry32(15);
    for (let round = 0; round < 5; round++) {
      const { relay, b, files, ids } = await twoLaptops(8, 4);
      for (let step = 0; step < 40; step++) {
        const file = files[Math.floor(rng() * files.length)]!;
        const roll = rng();
        if (roll < 0.3) relay.deliver(file);
        else if (roll < 0.45) relay.deliver(file, 'half');
        else if (roll < 0.55) relay.deliver(file, 'zero');
        else if (roll < 0.7) relay.conflictCopy(file, COPY_STYLES[Math.floor(rng() * COPY_STYLES.length)]!);
        else if (roll < 0.8) relay.remove(file);
        else await b.pull();
        expect(new Set(b.got).size).toBe(b.got.length);
      }
      for (const file of files) relay.deliver(file);
      await b.pull();
      expectNothingLostNothingTwice(b, ids);
    }
  });
});

describe('big segments', () => {
  it('round-trips 20,000 changes in four segments, unchanged (timing printed)', async () => {
    const dir = temp.dir();
    const a = openSyncFolder(dir, { workspaceId: WS, deviceId: 'deva', displayName: 'Anna', appVersion: '1' });
    const b = openSyncFolder(dir, { workspaceId: WS, deviceId: 'devb', displayName: 'Bram', appVersion: '1' });
    const changes: SyncChange[] = makeChanges('deva', 20_000);
    const t0 = performance.now();
    for (let s = 0; s < 4; s++) await a.pushSegment(changes.slice(s * 5000, (s + 1) * 5000));
    const t1 = performance.now();
    const pulled = await b.pullSegments(new Set());
    const t2 = performance.now();
    expect(pulled.taken).toHaveLength(4);
    expect(pulled.changes).toEqual(changes);
    console.log(`sync folder: push 20,000 changes in 4 segments ${(t1 - t0).toFixed(0)} ms, pull ${(t2 - t1).toFixed(0)} ms`);
  });
});

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
