import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import { useTempDir } from '../../testing/temp';
import { ensureMarker } from './marker';

/**
 * Two laptops marking one new folder at the same moment: the other laptop's
 * marker appears right after this one looked and found none. Simulated by
 * letting the first read of the marker write the rival's marker and answer
 * "no such file", as a read a moment earlier would have.
 */
const race = vi.hoisted(() => ({ rival: null as null | { path: string; text: string } }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = (...args: unknown[]): unknown => {
    const rival = race.rival;
    if (rival && args[0] === rival.path) {
      race.rival = null;
      fs.writeFileSync(rival.path, rival.text);
      throw Object.assign(new Error(`ENOENT: no such file, open '${rival.path}'`), { code: 'ENOENT' });
    }
    return Reflect.apply(fs.readFileSync, fs, args) as unknown;
  };
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const temp = useTempDir();

describe('two laptops marking one folder at once', () => {
  it('the later one keeps the marker that won and reads it back', () => {
    const dir = temp.dir();
    const path = join(dir, 'channelwise-sync.json');
    const rival = { workspaceId: 'ws-1', format: 1, created: '2026-12-02T09:59:59.000Z' };
    race.rival = { path, text: JSON.stringify(rival) };
    expect(ensureMarker(dir, 'ws-1', new Date('2026-12-02T10:00:00.000Z'))).toEqual(rival);
    expect(race.rival).toBeNull();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(rival);
    expect(readdirSync(dir)).toEqual(['channelwise-sync.json']);
  });

  it('and refuses the folder when the winner was another workspace', () => {
    const dir = temp.dir();
    const path = join(dir, 'channelwise-sync.json');
    const text = JSON.stringify({ workspaceId: 'ws-other', format: 1, created: '2026-12-02T09:59:59.000Z' });
    race.rival = { path, text };
    let error: unknown;
    try {
      ensureMarker(dir, 'ws-1', new Date());
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('SYNC_FOLDER_OTHER_WORKSPACE');
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['channelwise-sync.json']);
  });
});
