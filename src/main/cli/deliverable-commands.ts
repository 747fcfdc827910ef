import { resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { createAppCore, defaultDocumentsFolder, atomicWriteFileSync, findChromium, printReportPdf, runPlan, planPptx, planWorkbook } from '../core';
import { serveWorkspace } from '../host/serve';
import { withWorkspaceAsync } from './commands';
import { makePrintableCopy } from './printable-copy';
import type { CliContext } from './context';
import { VERSION } from './version';

/** Temp file beside the target, flushed, then renamed: a crash or a full disk never leaves half a deck where the old one was. */
function write(out: string, bytes: Buffer): void {
  try {
    atomicWriteFileSync(out, bytes);
  } catch (err) {
    throw new AppError('IO_ERROR', (err as Error).message, { path: out, reason: (err as Error).message });
  }
}

/** `export FILE --format xlsx` (without --scenario/--lens) or `--format pptx`: the whole workbook or the deck. */
export async function exportDeliverableCommand(ctx: CliContext, file: string, opts: { format: 'xlsx' | 'pptx'; out: string }): Promise<number> {
  const out = resolve(opts.out);
  const built = await withWorkspaceAsync(ctx, file, (ws) => runPlan(opts.format === 'xlsx' ? planWorkbook(ws) : planPptx(ws)), true);
  write(out, built.bytes);
  ctx.out(ctx.t('cli.export.done', { path: out }));
  return 0;
}

/**
 * `export FILE --format pdf`: serve a copy of the workspace on 127.0.0.1 for
 * this one print (serving opens for writing; the user's file stays as it
 * was), let a headless Chromium print the report page once the page says it
 * is ready, and write the PDF atomically.
 */
export async function exportPdfCommand(ctx: CliContext, file: string, opts: { out: string }): Promise<number> {
  const chromium = findChromium(ctx.env);
  if (!chromium) throw new AppError('CHROMIUM_NOT_FOUND', 'No Chromium found');
  const out = resolve(opts.out);
  const copy = makePrintableCopy(file, { dataDir: ctx.dataDir });
  try {
    const core = createAppCore({
      dataDir: copy.dataDir,
      host: 'browser',
      version: VERSION,
      osLanguage: ctx.lang,
      defaultFolder: ctx.env.CHANNELWISE_DEFAULT_FOLDER ?? defaultDocumentsFolder(),
      backupIntervalMinutes: 0,
    });
    let bytes: Buffer;
    try {
      const handle = await serveWorkspace({ core, port: 0, host: '127.0.0.1', open: copy.path });
      try {
        // The keyed address goes to Chromium over its DevTools pipe, never on its command line (visible to every account).
        bytes = await printReportPdf(chromium, `${handle.url}#/report`);
      } finally {
        await handle.close();
      }
    } finally {
      core.shutdown();
    }
    write(out, bytes);
  } finally {
    copy.dispose();
  }
  ctx.out(ctx.t('cli.export.done', { path: out }));
  return 0;
}
