import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { defaultDecisions, planImport } from '@shared/matrix-io/plan';
import { CSV_DELIMITERS, type CsvDelimiter } from '@shared/matrix-io/types';
import { atomicWriteFileSync, exportMatrix, applyImport, previewImport, assertSize, resolveView } from '../core';
import { UsageError, withWorkspaceAsync } from './commands';
import type { CliContext } from './context';

export interface MatrixImportOptions {
  matrix: string;
  scenario?: string | undefined;
  lens?: string | undefined;
  sheet?: string | undefined;
  createMissing?: boolean | undefined;
}

/**
 * `channelwise import FILE --matrix SHEET`: the same preview and apply as the
 * app, with the decisions made up front: unknown names are skipped (and
 * listed) unless --create-missing says to create them.
 */
export async function importMatrixCommand(ctx: CliContext, file: string, opts: MatrixImportOptions): Promise<number> {
  const sheetPath = resolve(opts.matrix);
  if (!existsSync(sheetPath)) throw new AppError('FILE_NOT_FOUND', `${sheetPath} missing`, { path: sheetPath });
  // Refuse a huge file by its size on disk, before reading it into memory.
  assertSize(basename(sheetPath), statSync(sheetPath).size);
  const bytes = readFileSync(sheetPath);
  // Look first without write access: a sheet that is refused leaves the workspace's bytes exactly as they were.
  await withWorkspaceAsync(
    ctx,
    file,
    async (ws) => {
      const reason = ws.info().readOnlyReason;
      if (reason !== 'requested') throw new AppError('READ_ONLY', 'This workspace is read-only', { reason: reason ?? '' });
      const view = resolveView(ws, opts.scenario, opts.lens);
      await previewImport(ws, { fileName: basename(sheetPath), bytes, scenarioId: view.scenarioId, lens: view.lens, sheet: opts.sheet });
    },
    true,
  );
  return withWorkspaceAsync(ctx, file, async (ws) => {
    // A file from a newer Channelwise opens read-only: say so before reading the sheet.
    ws.assertWritable();
    const view = resolveView(ws, opts.scenario, opts.lens);
    const preview = await previewImport(ws, { fileName: basename(sheetPath), bytes, scenarioId: view.scenarioId, lens: view.lens, sheet: opts.sheet });
    const decisions = defaultDecisions(preview, opts.createMissing ? 'create' : 'skip');
    if (preview.matrix.transposed) ctx.err(ctx.t('cli.import.transposed'));
    const { unknown } = planImport(preview, decisions);
    const names = [...unknown.phases, ...unknown.channels];
    if (!opts.createMissing && names.length > 0) ctx.err(ctx.t('cli.import.skipped', { names: names.map((n) => `“${n}”`).join(', ') }));
    const result = applyImport(ws, preview, decisions);
    const counts = {
      cells: result.cellsSet,
      unchanged: result.unchanged,
      skipped: result.skipped,
      phases: result.phasesCreated,
      channels: result.channelsCreated,
    };
    // Zero counts other than cells say nothing; leave them out.
    const parts = Object.entries(counts)
      .filter(([part, count]) => part === 'cells' || count > 0)
      .map(([part, count]) => ctx.t(`cli.import.parts.${part as keyof typeof counts}`, { count }));
    ctx.out(ctx.t('cli.import.matrixDone', { file: basename(sheetPath), scenario: view.scenarioName, lens: view.lensName, parts: parts.join(', ') }));
    return 0;
  });
}

export interface MatrixExportOptions {
  format: 'csv' | 'xlsx';
  out: string;
  scenario?: string | undefined;
  lens?: string | undefined;
  delimiter?: string | undefined;
}

/** `channelwise export FILE --format csv|xlsx`: one view with --scenario/--lens, else everything. */
export async function exportMatrixCommand(ctx: CliContext, file: string, opts: MatrixExportOptions): Promise<number> {
  const delimiter = opts.delimiter === undefined ? undefined : parseDelimiter(ctx, opts.delimiter);
  const out = resolve(opts.out);
  const exported = await withWorkspaceAsync(
    ctx,
    file,
    async (ws) => {
      const scope = opts.scenario === undefined && opts.lens === undefined ? 'all' : 'view';
      const view = resolveView(ws, opts.scenario, opts.lens);
      return exportMatrix(ws, { format: opts.format, scope, scenarioId: view.scenarioId, lens: view.lens, delimiter });
    },
    true,
  );
  try {
    atomicWriteFileSync(out, exported.bytes);
  } catch (err) {
    throw new AppError('IO_ERROR', (err as Error).message, { path: out, reason: (err as Error).message });
  }
  ctx.out(ctx.t('cli.export.done', { path: out }));
  return 0;
}

function parseDelimiter(ctx: CliContext, value: string): CsvDelimiter {
  const named = value.toLowerCase() === 'tab' || value === '\\t' ? '\t' : value;
  if (!(CSV_DELIMITERS as readonly string[]).includes(named)) throw new UsageError(ctx.t('cli.badDelimiter', { value }));
  return named as CsvDelimiter;
}
