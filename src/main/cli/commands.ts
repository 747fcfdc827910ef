import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { MAX_INTERCHANGE_BYTES } from '@shared/domain/interchange-limits';
import { LANGUAGES, type Lang, type WorkspaceCounts } from '@shared/domain/types';
import { withExtension, atomicWriteFileSync, exportJson, importJsonToNew, parseInterchangeText, serializeJson, Workspace } from '../core';
import type { CliContext } from './context';

/** Open, run, always close: a command never leaves a lock or a WAL file behind. */
function withWorkspace<T>(ctx: CliContext, file: string, fn: (ws: Workspace) => T, readOnly = false): T {
  const ws = Workspace.open(resolve(file), { dataDir: ctx.dataDir, readOnly });
  try {
    const info = ws.info();
    if (info.readOnlyReason && info.readOnlyReason !== 'requested') {
      ctx.err(ctx.t('cli.readOnly', { reason: ctx.t(`cli.reasons.${info.readOnlyReason}`) }));
    }
    return fn(ws);
  } finally {
    ws.close();
  }
}

/** The same for commands that wait on something (reading and writing spreadsheets). */
export async function withWorkspaceAsync<T>(ctx: CliContext, file: string, fn: (ws: Workspace) => Promise<T>, readOnly = false): Promise<T> {
  const ws = Workspace.open(resolve(file), { dataDir: ctx.dataDir, readOnly });
  try {
    const info = ws.info();
    if (info.readOnlyReason && info.readOnlyReason !== 'requested') {
      ctx.err(ctx.t('cli.readOnly', { reason: ctx.t(`cli.reasons.${info.readOnlyReason}`) }));
    }
    return await fn(ws);
  } finally {
    ws.close();
  }
}

export function newCommand(ctx: CliContext, file: string, opts: { lang?: string; empty?: boolean }): number {
  const lang = parseLang(ctx, opts.lang ?? ctx.lang);
  const path = resolve(withExtension(file));
  const ws = Workspace.create(path, lang, opts.empty ? 'empty' : 'default', { dataDir: ctx.dataDir });
  ws.close();
  ctx.out(ctx.t('cli.new.done', { path }));
  return 0;
}

export function infoCommand(ctx: CliContext, file: string, opts: { json?: boolean }): number {
  const counts = withWorkspace(ctx, file, (ws) => ws.counts(), true);
  if (opts.json) {
    ctx.out(JSON.stringify(counts, null, 2));
    return 0;
  }
  const keys = Object.keys(counts) as (keyof WorkspaceCounts)[];
  const labels = keys.map((k) => ctx.t(`cli.labels.${k}`));
  const width = Math.max(...labels.map((l) => l.length));
  keys.forEach((k, i) => ctx.out(`${labels[i]!.padEnd(width)}  ${counts[k]}`));
  return 0;
}

export function checkCommand(ctx: CliContext, file: string): number {
  const { problems, version } = withWorkspace(ctx, file, (ws) => ({ problems: ws.check(), version: ws.info().fileSchemaVersion }), true);
  const path = resolve(file);
  if (problems.length === 0) {
    ctx.out(ctx.t('cli.check.ok', { path, version }));
    return 0;
  }
  ctx.err(ctx.t('cli.check.problems', { path }));
  for (const p of problems) ctx.err(`  - ${p}`);
  return 1;
}

export function exportCommand(ctx: CliContext, file: string, opts: { format: string; out: string }): number {
  if (opts.format !== 'json') throw usage(ctx.t('cli.badFormat', { value: opts.format }));
  const doc = withWorkspace(ctx, file, (ws) => exportJson(ws), true);
  const out = resolve(opts.out);
  try {
    atomicWriteFileSync(out, serializeJson(doc));
  } catch (err) {
    throw new AppError('IO_ERROR', (err as Error).message, { path: out, reason: (err as Error).message });
  }
  ctx.out(ctx.t('cli.export.done', { path: out }));
  return 0;
}

export function importCommand(ctx: CliContext, file: string, opts: { from: string }): number {
  const from = resolve(opts.from);
  if (!existsSync(from)) throw new AppError('FILE_NOT_FOUND', `${from} missing`, { path: from });
  const size = statSync(from).size;
  if (size > MAX_INTERCHANGE_BYTES) {
    const params = { size: Math.round(size / 1048576), max: MAX_INTERCHANGE_BYTES / 1048576 };
    throw new AppError('INTERCHANGE_FILE_TOO_LARGE', `${from} is ${size} bytes`, params);
  }
  const parsed = parseInterchangeText(readFileSync(from, 'utf8'), basename(from));
  const path = resolve(withExtension(file));
  importJsonToNew(path, parsed, { dataDir: ctx.dataDir }).close();
  ctx.out(ctx.t('cli.import.done', { path, from }));
  return 0;
}

export function backupCommand(ctx: CliContext, file: string, opts: { out?: string }): number {
  const written = withWorkspace(ctx, file, (ws) => {
    if (!opts.out) return ws.backup('manual');
    const target = resolve(withExtension(opts.out));
    if (existsSync(target)) throw new AppError('FILE_EXISTS', `${target} exists`, { path: target });
    ws.saveCopy(target);
    return target;
  }, true);
  ctx.out(ctx.t('cli.backup.done', { path: written }));
  return 0;
}

/** A usage mistake: reported like commander's own, exit code 2. */
export class UsageError extends Error {}
const usage = (message: string) => new UsageError(message);

export function parseLang(ctx: CliContext, value: string): Lang {
  if (!LANGUAGES.includes(value as Lang)) throw usage(ctx.t('cli.badLang', { value }));
  return value as Lang;
}

export function parsePort(ctx: CliContext, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage(ctx.t('cli.badPort', { value }));
  return port;
}
