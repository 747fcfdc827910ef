import { waitForChanges } from './couch-database';
import type { CouchAccount, CouchHttpOptions } from './couch-http';
import { deviceDocId } from './documents';

export interface ServerWatchOptions extends CouchHttpOptions {
  deviceId: string;
  /** How long one longpoll waits on the server before it answers "nothing new" (default 25 s). */
  longpollMs?: number;
  /** The first wait after a failed longpoll; doubled per failure up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
}

/**
 * Call `onChange` when a teammate writes to the database: a loop of CouchDB
 * longpolls (`_changes?feed=longpoll`), each answered the moment something is
 * written. This device's own writes (its changes, its card) do not count, so
 * a push does not wake its own laptop. While the server is unreachable the
 * loop waits longer after each failure and calls `onError` (the runner
 * retries its exchange then). `account` is asked before each longpoll (null:
 * no password yet, wait); `since` gives the workspace's last pulled position
 * when the loop starts or recovers. Returns the stop function, which aborts the
 * longpoll in flight and resolves when the loop has ended.
 */
export function watchServer(
  account: () => CouchAccount | null,
  since: () => string | null,
  onChange: () => void,
  onError: (err: unknown) => void,
  options: ServerWatchOptions,
): () => Promise<void> {
  const stop = new AbortController();
  const longpollMs = options.longpollMs ?? 25_000;
  const retryMs = options.retryMs ?? 1_000;
  const maxRetryMs = options.maxRetryMs ?? 60_000;
  const ownCard = deviceDocId(options.deviceId);

  const loop = async (): Promise<void> => {
    let cursor = since();
    let failures = 0;
    while (!stop.signal.aborted) {
      const acct = account();
      if (!acct) {
        await sleep(maxRetryMs, stop.signal);
        continue;
      }
      try {
        const feed = await waitForChanges(acct, cursor, stop.signal, { ...options, timeoutMs: longpollMs });
        failures = 0;
        if (!feed) continue;
        cursor = feed.lastSeq;
        if (feed.results.some((row) => row.id !== ownCard && !isOwnChange(row.doc, options.deviceId))) onChange();
      } catch (err) {
        if (stop.signal.aborted) return;
        failures++;
        onError(err);
        await sleep(Math.min(maxRetryMs, retryMs * 2 ** (failures - 1)), stop.signal);
        // The exchange that follows the outage catches up from the workspace's position.
        cursor = since() ?? cursor;
      }
    }
  };
  const running = loop();
  return async () => {
    stop.abort();
    await running;
  };
}

function isOwnChange(doc: unknown, deviceId: string): boolean {
  return typeof doc === 'object' && doc !== null && 'device' in doc && doc.device === deviceId;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
