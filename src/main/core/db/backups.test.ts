import { describe, expect, it } from 'vitest';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '../testing/temp';
import { BACKUP_RETENTION, isSound, listBackups, listGoodBackups } from './backups';

describe('backups', () => {
  const tmp = useTempDir();

  it('keep only the newest ten, newest first, each a sound workspace', () => {
    const ws = tmp.create();
    const dataDir = join(tmp.dir(), 'data');
    const written = Array.from({ length: BACKUP_RETENTION + 3 }, () => ws.backup('manual'));
    const listed = listBackups(dataDir, realpathSync(ws.path));
    expect(listed).toHaveLength(BACKUP_RETENTION);
    expect(listed[0]!.path).toBe(written.at(-1));
    expect(listed.map((b) => b.reason)).toEqual(Array(BACKUP_RETENTION).fill('manual'));
    expect(isSound(listed[0]!.path)).toBe(true);
    expect(listGoodBackups(dataDir, realpathSync(ws.path))).toHaveLength(BACKUP_RETENTION);
  });

  it('timed backups copy only a workspace that changed since the last one', () => {
    const ws = tmp.create();
    const dataDir = join(tmp.dir(), 'data');
    expect(ws.backupIfChanged('timer')).not.toBeNull(); // the new workspace itself
    expect(ws.backupIfChanged('timer')).toBeNull();
    ws.catalog.create('channel', 'Kiosk');
    expect(ws.backupIfChanged('timer')).not.toBeNull();
    expect(listBackups(dataDir, realpathSync(ws.path)).map((b) => b.reason)).toEqual(['timer', 'timer']);
  });
});
