import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { errorMessage } from '@shared/i18n/translate';
import { AppError } from '@shared/errors';
import { targetPlace, type SyncTarget } from '@shared/sync/target';
import {
  joinFromFolder,
  joinFromServer,
  serverUrl,
  startSyncRunner,
  syncStatus,
  syncWithFolder,
  syncWithServer,
  withExtension,
  type SyncOptions,
  type SyncResult,
} from '../core';
import { parseLang, withWorkspaceAsync } from './commands';
import type { CliContext } from './context';
import { VERSION } from './version';

export interface SyncCommandOptions {
  folder?: string;
  server?: string;
  user?: string;
  name?: string;
  watch?: boolean;
}

export interface JoinCommandOptions {
  folder?: string;
  server?: string;
  user?: string;
  out: string;
  name?: string;
  lang?: string;
}

/** The environment variable the password comes from: never a flag, so it stays out of shell history and process lists. */
export const PASSWORD_ENV = 'CHANNELWISE_SYNC_PASSWORD';

type CliTarget = { mode: 'folder'; folder: string } | { mode: 'server'; url: string; user: string; password: string };

/** --folder or --server (with --user and the password from the environment), checked before any file is opened. */
function targetOf(ctx: CliContext, opts: { folder?: string; server?: string; user?: string }): CliTarget {
  if (opts.folder !== undefined && opts.server !== undefined) throw new AppError('SYNC_TARGET_BOTH', '--folder and --server together');
  if (opts.folder !== undefined) return { mode: 'folder', folder: opts.folder };
  if (opts.server === undefined) throw new AppError('SYNC_TARGET_NONE', 'neither --folder nor --server');
  const url = serverUrl(opts.server);
  const user = opts.user?.trim() ?? '';
  if (user === '') throw new AppError('SYNC_SERVER_NO_USER', `no --user for ${url}`, { url });
  const password = ctx.env[PASSWORD_ENV];
  if (password === undefined || password === '') throw new AppError('SYNC_SERVER_NO_PASSWORD', `${PASSWORD_ENV} is not set`, { url });
  return { mode: 'server', url, user, password };
}

function placeOf(target: CliTarget): string {
  return target.mode === 'folder' ? resolve(target.folder) : target.url;
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

function report(ctx: CliContext, result: SyncResult): void {
  ctx.out(ctx.t('cli.sync.moved', { received: result.received, sent: result.sent, folder: targetPlace(result.target) }));
  if (result.conflicts > 0) ctx.out(ctx.t('cli.sync.conflicts', { count: result.conflicts }));
  for (const peer of result.peers) ctx.out(ctx.t('cli.sync.peer', { name: peer.displayName ?? peer.deviceId, seen: peer.lastSeen ?? '–' }));
  for (const file of result.skipped) ctx.err(ctx.t('cli.sync.skipped', { file: file.file, reason: ctx.t(`cli.sync.reasons.${file.reason}`) }));
  if (result.clockSkew) ctx.err(ctx.t('cli.sync.clockSkew', { device: result.clockSkew.device, hours: Math.round(result.clockSkew.aheadMs / 3_600_000) }));
}

/**
 * `sync FILE --folder DIR` or `sync FILE --server URL --user NAME`: one
 * exchange; with --watch, the app's background sync (a sync runner) keeps the
 * workspace open and exchanges whenever the folder changes or a teammate
 * writes to the server, until Ctrl+C, saying what moved.
 */
export async function syncCommand(ctx: CliContext, file: string, opts: SyncCommandOptions, stopSignal?: AbortSignal): Promise<number> {
  const target = targetOf(ctx, opts);
  const who: SyncOptions = { displayName: displayName(ctx, opts.name), appVersion: VERSION };
  return withWorkspaceAsync(ctx, file, async (ws) => {
    report(ctx, await (target.mode === 'folder' ? syncWithFolder(ws, target.folder, who) : syncWithServer(ws, target.url, { ...who, ...target })));
    if (!opts.watch) return 0;
    ctx.out(ctx.t('cli.sync.watching', { folder: placeOf(target) }));
    const runner = startSyncRunner(ws, {
      ...who,
      ...(target.mode === 'server' ? { password: target.password } : {}),
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

/** `join --folder DIR --out FILE` or `join --server URL --user NAME --out FILE`: a new local workspace from a shared one. */
export async function joinCommand(ctx: CliContext, opts: JoinCommandOptions): Promise<number> {
  const target = targetOf(ctx, opts);
  const out = resolve(withExtension(opts.out));
  const lang = parseLang(ctx, opts.lang ?? ctx.lang);
  const who: SyncOptions = { displayName: displayName(ctx, opts.name), appVersion: VERSION };
  const { ws, result } =
    target.mode === 'folder'
      ? await joinFromFolder(target.folder, out, lang, { dataDir: ctx.dataDir }, who)
      : await joinFromServer(target.url, out, lang, { dataDir: ctx.dataDir }, { ...who, ...target });
  try {
    report(ctx, result);
    ctx.out(joinedLine(ctx, out, result.target));
  } finally {
    ws.close();
  }
  return 0;
}

function joinedLine(ctx: CliContext, path: string, target: SyncTarget): string {
  return target.mode === 'folder' ? ctx.t('cli.sync.joined', { path }) : ctx.t('cli.sync.joinedServer', { path, url: target.url, user: target.user });
}

/** `sync-status FILE [--json]`: mode, pending changes, teammates, conflicts, from the file alone (read-only). */
export async function syncStatusCommand(ctx: CliContext, file: string, opts: { json?: boolean }): Promise<number> {
  const status = await withWorkspaceAsync(ctx, file, async (ws) => syncStatus(ws), true);
  if (opts.json) {
    ctx.out(JSON.stringify(status, null, 2));
    return 0;
  }
  ctx.out(
    status.mode === 'folder'
      ? ctx.t('cli.syncStatus.folder', { folder: status.target })
      : status.mode === 'server'
        ? ctx.t('cli.syncStatus.server', { url: status.target, user: status.user })
        : ctx.t('cli.syncStatus.notShared'),
  );
  ctx.out(ctx.t('cli.syncStatus.pending', { count: status.pending }));
  ctx.out(ctx.t('cli.syncStatus.lastSync', { when: status.lastSyncAt ?? '–' }));
  ctx.out(ctx.t('cli.syncStatus.conflicts', { count: status.openConflicts }));
  for (const peer of status.peers) ctx.out(ctx.t('cli.sync.peer', { name: peer.displayName ?? peer.deviceId, seen: peer.lastSeenAt }));
  return 0;
}
