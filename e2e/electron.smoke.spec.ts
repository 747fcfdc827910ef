import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The Electron binary, found without `require('electron')`: in Node that
 * module downloads the binary from GitHub when it is missing, which hangs here.
 */
function electronBinary(): { path: string } | { missing: string } {
  let pkg: string;
  try {
    pkg = createRequire(resolve('package.json')).resolve('electron/package.json');
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(dirname(pkg), 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const binary = join(dirname(pkg), 'dist', relative);
  return relative && existsSync(binary) ? { path: binary } : { missing: `no binary at ${binary}` };
}

const MAIN = resolve('out/main/index.js');
/** Built by `npm start` (scripts/electron-native.js); without it the window works, workspaces do not open. */
const SQLITE_FOR_ELECTRON = resolve('.electron-native/better-sqlite3/build/Release/better_sqlite3.node');

test('the desktop window opens sandboxed, with window.api and nothing else', async () => {
  const found = electronBinary();
  test.skip(
    'missing' in found,
    `Electron runtime not installed here (its binary downloads from GitHub): ${'missing' in found ? found.missing : ''}`,
  );
  if ('missing' in found) return;
  expect(existsSync(MAIN), 'run `npm run build` first').toBe(true);

  const root = mkdtempSync(join(tmpdir(), 'cw-electron-'));
  const docs = join(root, 'docs');
  mkdirSync(docs, { recursive: true });
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  Object.assign(env, { CHANNELWISE_HOME: join(root, 'home'), CHANNELWISE_DEFAULT_FOLDER: docs, LANG: 'en_GB.UTF-8' });
  if (existsSync(SQLITE_FOR_ELECTRON)) env.CHANNELWISE_SQLITE_BINDING = SQLITE_FOR_ELECTRON;

  // The project folder (package.json "main" -> out/main/index.js), so app.getVersion() is ours.
  const args = [resolve('.')];
  // Chromium refuses to run its sandbox as root (CI containers).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const app = await electron.launch({ executablePath: found.path, args, env });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Channelwise/);
    await expect(page.getByRole('heading').first()).toBeVisible();

    const exposed = await page.evaluate(() => {
      const api: unknown = Reflect.get(globalThis, 'api');
      return {
        api: typeof api === 'object' && api !== null ? Object.keys(api).sort() : null,
        require: typeof Reflect.get(globalThis, 'require'),
        process: typeof Reflect.get(globalThis, 'process'),
      };
    });
    expect(exposed).toEqual({ api: ['call', 'onCommand', 'onEvent', 'printToPdf'], require: 'undefined', process: 'undefined' });

    const info = await page.evaluate(async () => {
      const api = Reflect.get(globalThis, 'api') as { call(method: string, input: object): Promise<unknown> };
      return api.call('app.info', {});
    });
    expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
  } finally {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  }
});
