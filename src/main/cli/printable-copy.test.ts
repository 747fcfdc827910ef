import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../core/testing/temp';
import { Workspace } from '../core/workspace';
import { makePrintableCopy } from './printable-copy';

describe('the copy a PDF is printed from', () => {
  const tmp = useTempDir();

  it('has the same content and name, and leaves the workspace file unchanged', () => {
    const ws = tmp.create('Plan 2027.channelwise');
    ws.catalog.create('channel', 'Kiosk');
    const path = ws.path;
    ws.close();
    const sha = () => createHash('sha256').update(readFileSync(path)).digest('hex');
    const before = sha();
    const copy = makePrintableCopy(path, { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    expect(basename(copy.path)).toBe('Plan 2027.channelwise');
    const printed = Workspace.open(copy.path, { dataDir: copy.dataDir, deviceId: '0123456789abcdef' });
    expect(printed.catalogRepo.catalog().channels.map((c) => c.name)).toContain('Kiosk');
    printed.close();
    copy.dispose();
    expect(existsSync(copy.path)).toBe(false);
    expect(sha()).toBe(before);
  });
});
