import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { isDeviceId } from './device-ids';

describe('a device id per laptop and copy of the workspace', () => {
  const tmp = useTempDir();
  const data = () => join(tmp.dir(), 'data');
  const lastTxnDevice = (ws: Workspace) => ws.db.prepare('SELECT device_id FROM journal_txns ORDER BY seq DESC LIMIT 1').pluck().get();

  it('keeps the id of a file reopened at its path, and stamps the journal with it', () => {
    const path = tmp.file('a.channelwise');
    const created = Workspace.create(path, 'en', 'default', { dataDir: data() });
    const id = created.deviceId;
    expect(isDeviceId(id)).toBe(true);
    // The seed was made under a temporary name and is still stamped with the file's own id.
    expect(lastTxnDevice(created)).toBe(id);
    created.close();

    const reopened = Workspace.open(path, { dataDir: data() });
    try {
      expect(reopened.deviceId).toBe(id);
      reopened.catalog.create('scenario', 'Later');
      expect(lastTxnDevice(reopened)).toBe(id);
    } finally {
      reopened.close();
    }
  });

  it('gives a copy at another path, or on another laptop (another data folder), its own id', () => {
    const path = tmp.file('a.channelwise');
    const original = Workspace.create(path, 'en', 'default', { dataDir: data() });
    const id = original.deviceId;
    original.close();
    const copy = tmp.file('copy.channelwise');
    copyFileSync(path, copy);

    const atCopy = Workspace.open(copy, { dataDir: data() });
    const onOtherLaptop = Workspace.open(path, { dataDir: join(tmp.dir(), 'other-laptop') });
    try {
      expect(atCopy.workspaceId).toBe(onOtherLaptop.workspaceId);
      expect(new Set([id, atCopy.deviceId, onOtherLaptop.deviceId]).size).toBe(3);
      atCopy.catalog.create('scenario', 'Copy');
      expect(lastTxnDevice(atCopy)).toBe(atCopy.deviceId);
    } finally {
      atCopy.close();
      onOtherLaptop.close();
    }
  });

  it('gives a file moved to another folder a new id, and a read-only open remembers nothing', () => {
    const path = tmp.file('a.channelwise');
    const original = Workspace.create(path, 'en', 'default', { dataDir: data() });
    const id = original.deviceId;
    original.close();
    mkdirSync(join(tmp.dir(), 'moved'));
    const moved = join(tmp.dir(), 'moved', 'a.channelwise');
    renameSync(path, moved);
    const first = Workspace.open(moved, { dataDir: data(), readOnly: true });
    const firstId = first.deviceId;
    first.close();
    const second = Workspace.open(moved, { dataDir: data(), readOnly: true });
    try {
      expect(firstId).not.toBe(id);
      expect(second.deviceId).not.toBe(firstId);
    } finally {
      second.close();
    }
  });

  it('uses a fixed id when one is given (tests)', () => {
    const ws = tmp.create();
    expect(ws.deviceId).toBe('0123456789abcdef');
  });
});
