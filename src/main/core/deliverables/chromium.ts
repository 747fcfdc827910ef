import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { AppError } from '@shared/errors';
import { CdpError, CdpPipe } from './cdp';
import { printWhenReady, type PrintPhase } from './print-report';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** CHROMIUM_PATH, else a Chromium or Chrome on the PATH; null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const full = join(dir, name);
      if (existsSync(full)) return full;
    }
  }
  return null;
}

/** The whole print (start, load, wait for the report, print) may take this long; then it fails with PDF_NOT_READY. */
export const PRINT_TIMEOUT_MS = 120_000;

export interface PrintOptions {
  timeoutMs?: number;
  onPhase?: (phase: PrintPhase) => void;
}

/**
 * Print the report at `url` to PDF with a headless Chromium driven over its
 * DevTools pipe: the PDF is made once the report page says it is ready
 * (every section rendered, pages counted), never earlier. A report that is
 * not ready within the time limit fails with PDF_NOT_READY and prints nothing.
 */
export async function printReportPdf(chromium: string, url: string, options: PrintOptions = {}): Promise<Buffer> {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  const profile = mkdtempSync(join(tmpdir(), 'channelwise-chromium-'));
  const child = spawn(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const cdp = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  let timedOut = false;
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (err) => reject(new AppError('PDF_FAILED', err.message, { reason: err.message })));
    child.once('exit', (code) => {
      const reason = stderr.trim().split('\n').pop() || `Chromium stopped (exit code ${code})`;
      cdp.close(new CdpError(reason));
      reject(timedOut ? notReady(timeoutMs) : new AppError('PDF_FAILED', reason, { reason }));
    });
  });
  const timer = setTimeout(() => {
    timedOut = true;
    cdp.close(notReady(timeoutMs));
    child.kill('SIGKILL');
  }, timeoutMs);
  try {
    return await Promise.race([printWhenReady(cdp, url, options.onPhase), exited]);
  } catch (err) {
    if (timedOut) throw notReady(timeoutMs);
    if (err instanceof AppError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError('PDF_FAILED', reason, { reason });
  } finally {
    clearTimeout(timer);
    exited.catch(() => undefined);
    if (child.exitCode === null && child.signalCode === null) {
      // Closed the polite way, so Chromium's helper processes go with it; killed when it does not answer.
      const gone = new Promise<void>((done) => child.once('exit', () => done()));
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      cdp.send('Browser.close').catch(() => child.kill('SIGKILL'));
      await gone;
      clearTimeout(kill);
    }
    removeProfile(profile);
  }
}

/**
 * A killed Chromium's helper processes may still write into the profile for a
 * moment (ENOTEMPTY): retry, and never let a leftover temporary folder replace
 * the real outcome (the PDF, or why there is none) with a file-system error.
 */
function removeProfile(profile: string): void {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch {
    // Left in the system's temporary folder, which the OS clears.
  }
}

const notReady = (timeoutMs: number) =>
  new AppError('PDF_NOT_READY', `The report was not ready to print within ${Math.round(timeoutMs / 1000)} s`, { seconds: Math.round(timeoutMs / 1000) });
