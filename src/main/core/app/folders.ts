import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import type { FolderListing } from '@shared/domain/types';

/** Folders and workspaces in one folder: the browser host's stand-in for a native file dialog. */
export function listFolder(dir: string): FolderListing {
  const full = resolve(dir);
  let names: string[];
  try {
    if (!statSync(full).isDirectory()) throw new AppError('FILE_NOT_FOUND', `${full} is not a folder`, { path: full });
    names = readdirSync(full);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('FILE_NOT_FOUND', `${full} cannot be read`, { path: full });
  }
  const entries: FolderListing['entries'] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(full, name);
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) entries.push({ name, path, kind: 'dir' });
      else if (name.toLowerCase().endsWith('.channelwise')) entries.push({ name, path, kind: 'workspace' });
    } catch {
      // unreadable entries are left out
    }
  }
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'dir' ? -1 : 1));
  const parent = dirname(full);
  return { dir: full, parent: parent === full ? null : parent, entries };
}
