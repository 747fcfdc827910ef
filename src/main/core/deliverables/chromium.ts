import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { AppError } from '@shared/errors';

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

/** How long the report may take to load its data before Chromium prints what it has. */
const VIRTUAL_TIME_MS = 20_000;
const TIMEOUT_MS = 120_000;

/**
 * Print a page to PDF with a headless Chromium. The virtual-time budget lets
 * the report fetch its data and lay itself out before printing.
 */
export function printToPdf(chromium: string, url: string, out: string): Promise<void> {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    `--virtual-time-budget=${VIRTUAL_TIME_MS}`,
    '--run-all-compositor-stages-before-draw',
    '--no-pdf-header-footer',
    `--print-to-pdf=${out}`,
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new AppError('PDF_FAILED', err.message, { reason: err.message }));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && existsSync(out)) resolve();
      else {
        const reason = stderr.trim().split('\n').pop() ?? `exit code ${code}`;
        reject(new AppError('PDF_FAILED', reason, { reason }));
      }
    });
  });
}
