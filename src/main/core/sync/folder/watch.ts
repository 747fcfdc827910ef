import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DEVICES_DIR } from './names';

export interface WatchOptions {
  /** How often the folder is listed, for cloud clients that write without raising events (milliseconds). */
  pollMs?: number;
  /** Quiet time after the last event before `onChange` runs, so a burst of files gives one call. */
  debounceMs?: number;
  /** Listen to file events as well as polling (default). Off, only the poll runs: for shares whose events are known to be missing or flooded. */
  events?: boolean;
}

/**
 * Call `onChange` when something may have arrived in the sync folder. File
 * events are fast but not reliable (network shares and some cloud clients
 * raise none, and a watcher can die with its folder), so a slow poll compares
 * a listing of the device folders (names, sizes, times) as well. Hidden files
 * (ours and the cloud clients' temporaries) do not count. Returns the stop function.
 */
export function watchSyncFolder(dir: string, onChange: () => void, options: WatchOptions = {}): () => void {
  const pollMs = options.pollMs ?? 5000;
  const debounceMs = options.debounceMs ?? 300;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let last: string | null = null;

  const fire = (): void => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!stopped) onChange();
    }, debounceMs);
  };

  const watcher = options.events === false ? null : startWatcher(dir, fire);

  let polling = false;
  const poll = async (): Promise<void> => {
    // A slow share can take longer to list than the interval: never run two listings at once.
    if (polling) return;
    polling = true;
    try {
      const now = await fingerprint(dir);
      if (stopped) return;
      if (last !== null && now !== last) fire();
      last = now;
    } finally {
      polling = false;
    }
  };
  void poll();
  const interval = setInterval(() => void poll(), pollMs);
  interval.unref();

  return () => {
    stopped = true;
    clearInterval(interval);
    if (timer) clearTimeout(timer);
    watcher?.close();
  };
}

function startWatcher(dir: string, fire: () => void): FSWatcher | null {
  try {
    // Recursive watching exists on Windows, macOS and (Node 20+) Linux; where it throws, the poll does the work.
    const watcher = watch(dir, { recursive: true, persistent: false }, (_event, name) => {
      if (name !== null && basename(name.toString()).startsWith('.')) return;
      fire();
    });
    // A watcher dies with its folder (an unmounted share); the poll keeps going and notices when it is back.
    watcher.on('error', () => watcher.close());
    return watcher;
  } catch {
    return null;
  }
}

/** What the poll compares: every visible file under devices/ with its size and modification time. */
async function fingerprint(dir: string): Promise<string> {
  const root = join(dir, DEVICES_DIR);
  const parts: string[] = [];
  for (const device of (await safeList(root)).sort()) {
    for (const name of (await safeList(join(root, device))).sort()) {
      if (name.startsWith('.')) continue;
      try {
        const s = await stat(join(root, device, name));
        parts.push(`${device}/${name}:${s.size}:${s.mtimeMs}`);
      } catch {
        // gone between listing and stat: the next poll sees it
      }
    }
  }
  return parts.join('\n');
}

async function safeList(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch {
    return [];
  }
}
