import { resolve } from 'node:path';
import { createAppCore, defaultDocumentsFolder, localeFromEnv } from '../core';
import { isLoopbackAddress } from '../host/access';
import { writeLaunchPage, type LaunchPage } from '../host/launch-page';
import { openInBrowser } from '../host/open-browser';
import { defaultRendererDir, serveWorkspace } from '../host/serve';
import { shareOptionsFromEnv } from '../host/workshop/share-env';
import { createShareLauncher } from '../host/workshop/share-server';
import { languageFromLocale } from '@shared/i18n/resources';
import type { CliContext } from './context';
import { VERSION } from './version';

export interface ServeCommandOptions {
  port: number;
  host: string;
  open?: boolean;
}

/** Run the browser host until Ctrl+C / SIGTERM; resolves with the exit code. */
export async function serveCommand(ctx: CliContext, file: string | undefined, opts: ServeCommandOptions): Promise<number> {
  const core = createAppCore({
    dataDir: ctx.dataDir,
    host: 'browser',
    version: VERSION,
    osLanguage: languageFromLocale(localeFromEnv(ctx.env)),
    defaultFolder: ctx.env.CHANNELWISE_DEFAULT_FOLDER ?? defaultDocumentsFolder(),
    share: createShareLauncher({ rendererDir: defaultRendererDir(), ...shareOptionsFromEnv(ctx.env) }),
  });
  // The host makes a fresh key for this launch; the address printed and opened carries it.
  let handle;
  try {
    handle = await serveWorkspace({
      core,
      port: opts.port,
      host: opts.host,
      ...(file === undefined ? {} : { open: resolve(file) }),
    });
  } catch (err) {
    core.shutdown();
    throw err;
  }
  ctx.out(ctx.t('cli.serve.listening', { url: handle.url }));
  if (!isLoopbackAddress(opts.host)) ctx.out(ctx.t('cli.serve.shared', { url: handle.url }));
  let launchPage: LaunchPage | null = null;
  if (opts.open) {
    launchPage = await writeLaunchPage(handle.url);
    void openInBrowser(launchPage.url);
  }

  const server = handle;
  return new Promise<number>((done) => {
    let stopping = false;
    // A second Ctrl+C must not cut the backup and checkpoint short: it is ignored.
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void Promise.all([server.close(), launchPage?.remove()]).finally(() => {
        core.shutdown();
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
