import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { makeChanges } from '../../testing/hostile-folder';
import { useTempDir } from '../../testing/temp';
import { openSyncFolder, type SyncFolderOptions } from './index';
import { sha256Hex } from './segment';

const temp = useTempDir();
const WS = '018f2a4c-0000-7000-8000-00000000a11c';
const laptop = (deviceId: string, extra: Partial<SyncFolderOptions> = {}): SyncFolderOptions => ({
  workspaceId: WS,
  deviceId,
  displayName: `Laptop ${deviceId}`,
  appVersion: '0.1.0',
  ...extra,
});

function codeOf(run: () => unknown): { code: string; params: unknown } {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, params: err.params };
    throw err;
  }
  throw new Error('did not throw');
}

describe('openSyncFolder', () => {
  it('marks an unmarked folder as this workspace and announces the device', () => {
    const dir = temp.dir();
    const at = new Date('2026-12-02T10:00:00.000Z');
    const folder = openSyncFolder(dir, laptop('deva', { now: () => at }));
    expect(JSON.parse(readFileSync(join(dir, 'channelwise-sync.json'), 'utf8'))).toEqual({ workspaceId: WS, format: 1, created: at.toISOString() });
    expect(folder.marker.workspaceId).toBe(WS);
    expect(JSON.parse(readFileSync(join(dir, 'devices', 'deva', 'device.json'), 'utf8'))).toEqual({ displayName: 'Laptop deva', appVersion: '0.1.0', lastSeen: at.toISOString() });
    // Only the marker and the device folder: no temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual(['channelwise-sync.json', 'devices']);
    expect(readdirSync(join(dir, 'devices', 'deva'))).toEqual(['device.json']);
  });

  it('keeps the marker a teammate made, and refuses a folder of another workspace, naming both', () => {
    const dir = temp.dir();
    const first = openSyncFolder(dir, laptop('deva', { now: () => new Date('2026-12-01T08:00:00.000Z') }));
    const second = openSyncFolder(dir, laptop('devb'));
    expect(second.marker).toEqual(first.marker);
    const before = readFileSync(join(dir, 'channelwise-sync.json'), 'utf8');
    expect(codeOf(() => openSyncFolder(dir, laptop('devc', { workspaceId: 'other-workspace' })))).toEqual({
      code: 'SYNC_FOLDER_OTHER_WORKSPACE',
      params: { path: dir, folderWorkspace: WS, workspace: 'other-workspace' },
    });
    expect(readFileSync(join(dir, 'channelwise-sync.json'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'devices', 'devc'))).toBe(false);
  });

  it('refuses a missing folder, a file, a damaged marker and a newer format, changing nothing', () => {
    const dir = temp.dir();
    expect(codeOf(() => openSyncFolder(join(dir, 'missing'), laptop('deva'))).code).toBe('SYNC_FOLDER_NOT_FOUND');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    writeFileSync(join(dir, 'a-file'), 'x');
    expect(codeOf(() => openSyncFolder(join(dir, 'a-file'), laptop('deva'))).code).toBe('SYNC_FOLDER_NOT_A_FOLDER');
    expect(codeOf(() => openSyncFolder(join(dir, 'a-file', 'below'), laptop('deva'))).code).toBe('SYNC_FOLDER_NOT_FOUND');
    writeFileSync(join(dir, 'channelwise-sync.json'), '');
    expect(codeOf(() => openSyncFolder(dir, laptop('deva')))).toEqual({ code: 'SYNC_FOLDER_DAMAGED', params: { path: dir, reason: 'empty' } });
    expect(readFileSync(join(dir, 'channelwise-sync.json'), 'utf8')).toBe('');
    writeFileSync(join(dir, 'channelwise-sync.json'), JSON.stringify({ workspaceId: WS, format: 2, created: 'x' }));
    expect(codeOf(() => openSyncFolder(dir, laptop('deva')))).toEqual({ code: 'SYNC_FOLDER_NEWER_FORMAT', params: { path: dir, format: 2, supported: 1 } });
    expect(existsSync(join(dir, 'devices'))).toBe(false);
  });

  it('says a folder it cannot write in is not writable', () => {
    const dir = temp.dir();
    // "devices" taken by a file: the device folder cannot be made.
    writeFileSync(join(dir, 'devices'), 'x');
    expect(codeOf(() => openSyncFolder(dir, laptop('deva'))).code).toBe('SYNC_FOLDER_NOT_WRITABLE');
  });

  it.skipIf(process.getuid?.() === 0)('says a read-only folder is not writable (skipped as root, who may write anywhere)', () => {
    const dir = temp.dir();
    chmodSync(dir, 0o555);
    try {
      expect(codeOf(() => openSyncFolder(dir, laptop('deva'))).code).toBe('SYNC_FOLDER_NOT_WRITABLE');
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('refuses a device id that is not safe as a folder name', () => {
    expect(codeOf(() => openSyncFolder(temp.dir(), laptop('../escape'))).code).toBe('VALIDATION');
  });
});

describe('pushSegment', () => {
  it('writes one immutable segment named by its clocks and the hash of its bytes', async () => {
    const dir = temp.dir();
    let now = new Date('2026-12-02T10:00:00.000Z');
    const folder = openSyncFolder(dir, laptop('deva', { now: () => now }));
    const changes = makeChanges('deva', 3);
    now = new Date('2026-12-02T11:00:00.000Z');
    const pushed = await folder.pushSegment([changes[2]!, changes[0]!, changes[1]!]);
    expect(pushed).not.toBeNull();
    expect(pushed!.file).toBe(`20261202T100000000Z-0000_20261202T100000002Z-0000_${pushed!.key}.ops.gz`);
    const bytes = readFileSync(join(dir, 'devices', 'deva', pushed!.file));
    expect(sha256Hex(bytes)).toBe(pushed!.key);
    const lines = gunzipSync(bytes).toString('utf8').trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(changes.map((c) => c.id));
    expect(JSON.parse(readFileSync(join(dir, 'devices', 'deva', 'device.json'), 'utf8'))).toMatchObject({ lastSeen: now.toISOString() });
    expect(readdirSync(join(dir, 'devices', 'deva')).sort()).toEqual([pushed!.file, 'device.json'].sort());
  });

  it('writes nothing for no changes, and the same segment once when a push is repeated', async () => {
    const dir = temp.dir();
    const folder = openSyncFolder(dir, laptop('deva'));
    expect(await folder.pushSegment([])).toBeNull();
    const changes = makeChanges('deva', 5);
    const first = await folder.pushSegment(changes);
    const again = await folder.pushSegment(changes);
    expect(again).toEqual(first);
    expect(readdirSync(join(dir, 'devices', 'deva')).filter((n) => n.endsWith('.ops.gz'))).toEqual([first!.file]);
  });

  it('counts a push as done once its segment is out, even when device.json cannot be replaced', async () => {
    const dir = temp.dir();
    const folder = openSyncFolder(dir, laptop('deva'));
    const deviceJson = join(dir, 'devices', 'deva', 'device.json');
    rmSync(deviceJson);
    mkdirSync(deviceJson);
    const pushed = await folder.pushSegment(makeChanges('deva', 2));
    expect(existsSync(join(dir, 'devices', 'deva', pushed!.file))).toBe(true);
  });
});

describe('pullSegments', () => {
  it('takes in the other devices’ segments once, not its own, and lists the teammates', async () => {
    const dir = temp.dir();
    const a = openSyncFolder(dir, laptop('deva'));
    const b = openSyncFolder(dir, laptop('devb', { displayName: 'Bram' }));
    await a.pushSegment(makeChanges('deva', 4));
    await b.pushSegment(makeChanges('devb', 2));
    const pulled = await a.pullSegments(new Set());
    expect(pulled.changes.map((c) => c.id)).toEqual(['devb-000000', 'devb-000001']);
    expect(pulled.taken).toHaveLength(1);
    expect(pulled.skipped).toEqual([]);
    expect(pulled.peers).toEqual([{ deviceId: 'devb', displayName: 'Bram', appVersion: '0.1.0', lastSeen: expect.any(String) }]);
    const again = await a.pullSegments(new Set(pulled.taken));
    expect(again.changes).toEqual([]);
    expect(again.taken).toEqual([]);
    // A restored backup can ask for its own segments back.
    const own = await a.pullSegments(new Set(pulled.taken), { includeOwn: true });
    expect(own.changes.map((c) => c.id)).toEqual(makeChanges('deva', 4).map((c) => c.id));
  });

  it('passes on fields a newer Channelwise added, unchanged', async () => {
    const dir = temp.dir();
    const a = openSyncFolder(dir, laptop('deva'));
    const b = openSyncFolder(dir, laptop('devb'));
    const [plain] = makeChanges('deva', 1);
    const future = { ...plain!, scope: { team: 'north' }, ops: [{ ...plain!.ops[0]!, merge: 'max' }] };
    await a.pushSegment([future]);
    expect((await b.pullSegments(new Set())).changes).toEqual([future]);
  });

  it('finds nothing in an empty folder, which means "nothing yet", not "delete everything"', async () => {
    const folder = openSyncFolder(temp.dir(), laptop('deva'));
    expect(await folder.pullSegments(new Set())).toEqual({ changes: [], taken: [], skipped: [], peers: [] });
  });
});
