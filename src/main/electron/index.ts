/**
 * The Electron main process entry (out/main/index.js). Electron is loaded at
 * run time (see electron-types.ts); everything else is in main-process.ts.
 */
import { loadElectron, type ElectronMain } from './load-electron';
import { startDesktop } from './main-process';

function main(): void {
  let electron: ElectronMain;
  try {
    electron = loadElectron();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  const options = { mainModuleUrl: import.meta.url, env: process.env, platform: process.platform, argv: process.argv, cwd: process.cwd() };
  startDesktop(electron, options).catch((err: unknown) => {
    console.error('Channelwise could not start:', err);
    // Started from a desktop icon there is no console: say it in a box.
    electron.dialog.showErrorBox('Channelwise could not start', err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}

main();
