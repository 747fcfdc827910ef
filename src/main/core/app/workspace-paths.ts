import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/** How the core names workspace files and compares their paths (used by the session and its handlers). */
export const WORKSPACE_EXTENSION = '.channelwise';

export function withExtension(path: string): string {
  return path.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? path : `${path}${WORKSPACE_EXTENSION}`;
}

export function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

export function freePath(stem: string): string {
  let candidate = `${stem}${WORKSPACE_EXTENSION}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${stem} ${n}${WORKSPACE_EXTENSION}`;
  return candidate;
}

export function stamp(): string {
  return new Date().toISOString().slice(0, 16).replace('T', ' ').replace(':', '-');
}
