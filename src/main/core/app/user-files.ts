import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { atomicWriteFileSync } from '../files/atomic-write';
import { LANGUAGES, MAX_DISPLAY_NAME_LENGTH, SCALES, THEMES, type AppSettings, type RecentWorkspace } from '@shared/domain/types';

/**
 * Small per-user JSON files in the data folder: settings and the recent list
 * (device ids: sync/device-ids.ts). Written atomically (temp file, fsync,
 * rename) so a crash never leaves half a file.
 */
function readJson<T>(path: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  atomicWriteFileSync(path, JSON.stringify(value, null, 2));
}

export const DEFAULT_SETTINGS: AppSettings = { uiLanguage: null, theme: 'system', scale: 1, displayName: '' };

export function loadSettings(dataDir: string): AppSettings {
  const raw = readJson<Partial<AppSettings>>(join(dataDir, 'settings.json'), {});
  return {
    uiLanguage: LANGUAGES.includes(raw.uiLanguage as never) ? (raw.uiLanguage as AppSettings['uiLanguage']) : null,
    theme: THEMES.includes(raw.theme as never) ? (raw.theme as AppSettings['theme']) : 'system',
    scale: SCALES.includes(raw.scale as never) ? (raw.scale as AppSettings['scale']) : 1,
    displayName: typeof raw.displayName === 'string' ? cleanDisplayName(raw.displayName) : '',
  };
}

/** One line, trimmed, at most MAX_DISPLAY_NAME_LENGTH characters (a name edited by hand in the file is cut, not refused). */
export function cleanDisplayName(name: string): string {
  return [...name.replace(/\s+/g, ' ').trim()].slice(0, MAX_DISPLAY_NAME_LENGTH).join('');
}

export function saveSettings(dataDir: string, settings: AppSettings): void {
  writeJson(join(dataDir, 'settings.json'), settings);
}

const MAX_RECENT = 15;

export function loadRecent(dataDir: string): RecentWorkspace[] {
  const raw = readJson<{ path?: unknown; lastOpened?: unknown }[]>(join(dataDir, 'recent.json'), []);
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((r) => typeof r.path === 'string' && typeof r.lastOpened === 'string')
    .map((r) => ({
      path: r.path as string,
      name: basename(r.path as string).replace(/\.channelwise$/i, ''),
      lastOpened: r.lastOpened as string,
      exists: existsSync(r.path as string),
    }));
}

export function rememberRecent(dataDir: string, path: string): RecentWorkspace[] {
  const list = loadRecent(dataDir).filter((r) => r.path !== path);
  list.unshift({ path, name: '', lastOpened: new Date().toISOString(), exists: true });
  writeJson(
    join(dataDir, 'recent.json'),
    list.slice(0, MAX_RECENT).map((r) => ({ path: r.path, lastOpened: r.lastOpened })),
  );
  return loadRecent(dataDir);
}

export function forgetRecent(dataDir: string, path: string): RecentWorkspace[] {
  const list = loadRecent(dataDir).filter((r) => r.path !== path);
  writeJson(join(dataDir, 'recent.json'), list.map((r) => ({ path: r.path, lastOpened: r.lastOpened })));
  return loadRecent(dataDir);
}
