import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { errorMessage } from '@shared/i18n/translate';
import { joinFromFolder, startSyncRunner, syncStatus, syncWithFolder, withExtension, type FolderSyncResult } from '../core';
import { parseLang, withWorkspaceAsync } from './commands';
import type { CliContext } from './context';
import { VERSION } from './version';

export interface SyncCommandOptions {
  folder: string;
  name?: string;
  watch?: boolean;
}

/** Who the teammates see in the Sync panel: --name, else the account's user name. */
function displayName(ctx: CliContext, name: string | undefined): string {
  if (name && name.trim() !== '') return name.trim();
  try {
    return userInfo().username;
  } catch {
    return ctx.env.USER ?? ctx.env.USERNAME ?? '?';
  }
}

function report(ctx: CliContext, result: FolderSyncResult): void {
  ctx.out(ctx.t('cli.sync.moved', { received: result.received, sent: result.sent, folder: result.folder }));
  if (result.conflicts > 0) ctx.out(ctx.t('cli.sync.conflicts', { count: result.conflicts }));
  for (const peer of result.peers) ctx.out(ctx.t('cli.sync.peer', { name: peer.displayName ?? peer.deviceId, seen: peer.lastSeen ?? '–' }));
  for (const file of result.skipped) ctx.err(ctx.t('cli.sync.skipped', { file: file.file, reason: ctx.t(`cli.sync.reasons.${file.reason}`) }));
  if (result.clockSkew) ctx.err(ctx.t('cli.sync.clockSkew', { device: result.clockSkew.device, hours: Math.round(result.clockSkew.aheadMs / 3_600_000) }));
}

/**
 * `sync FILE --folder DIR`: one exchange with the shared folder; with --watch,
 * the app's background sync (a sync runner) keeps the workspace open and
 * exchanges whenever the folder changes, until Ctrl+C, saying what moved.
 */
export async function syncCommand(ctx: CliContext, file: string, opts: SyncCommandOptions, stopSignal?: AbortSignal): Promise<number> {
  const who = { displayName: displayName(ctx, opts.name), appVersion: VERSION };
  return withWorkspaceAsync(ctx, file, async (ws) => {
    report(ctx, await syncWithFolder(ws, opts.folder, who));
    if (!opts.watch) return 0;
    ctx.out(ctx.t('cli.sync.watching', { folder: resolve(opts.folder) }));
    const runner = startSyncRunner(ws, {
      ...who,
      onState: (state) => {
        if (state.error) ctx.err(`channelwise: ${errorMessage(ctx.t, state.error)}`);
        else if (state.phase === 'idle' && state.last && state.last.received + state.last.sent + state.last.conflicts > 0) report(ctx, state.last);
      },
    });
    await untilStopped(stopSignal);
    await runner?.stop();
    return 0;
  });
}

/** Resolves on Ctrl+C, SIGTERM or `signal`. */
function untilStopped(signal?: AbortSignal): Promise<void> {
  return new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** `join --folder DIR --out FILE`: a new local workspace from a shared one. */
export async function joinCommand(ctx: CliContext, opts: { folder: string; out: string; name?: string; lang?: string }): Promise<number> {
  const out = resolve(withExtension(opts.out));
  const lang = parseLang(ctx, opts.lang ?? ctx.lang);
  const { ws, result } = await joinFromFolder(opts.folder, out, lang, { dataDir: ctx.dataDir }, { displayName: displayName(ctx, opts.name), appVersion: VERSION });
  try {
    report(ctx, result);
    ctx.out(ctx.t('cli.sync.joined', { path: out }));
  } finally {
    ws.close();
  }
  return 0;
}

/** `sync-status FILE [--json]`: mode, pending changes, teammates, conflicts, from the file alone (read-only). */
export async function syncStatusCommand(ctx: CliContext, file: string, opts: { json?: boolean }): Promise<number> {
  const status = await withWorkspaceAsync(ctx, file, async (ws) => syncStatus(ws), true);
  if (opts.json) {
    ctx.out(JSON.stringify(status, null, 2));
    return 0;
  }
  ctx.out(status.mode === 'folder' ? ctx.t('cli.syncStatus.folder', { folder: status.target }) : ctx.t('cli.syncStatus.notShared'));
  ctx.out(ctx.t('cli.syncStatus.pending', { count: status.pending }));
  ctx.out(ctx.t('cli.syncStatus.lastSync', { when: status.lastSyncAt ?? '–' }));
  ctx.out(ctx.t('cli.syncStatus.conflicts', { count: status.openConflicts }));
  for (const peer of status.peers) ctx.out(ctx.t('cli.sync.peer', { name: peer.displayName ?? peer.deviceId, seen: peer.lastSeenAt }));
  return 0;
}
