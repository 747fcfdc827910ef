/**
 * "Save as PDF" in the desktop app: the report page asks over IPC, the shell
 * asks where to save (native dialog), waits until the asking page says its
 * report is ready, prints it with Chromium's own PDF printer
 * (WebContents.printToPDF) and writes the file. The browser
 * host has no such channel; there the report uses the browser's print dialog.
 */
import { extname } from 'node:path';
import type { Result } from '@shared/errors';
import { readinessOf, WAIT_FOR_REPORT } from '@shared/report/ready';
import { IPC_PRINT_PDF, type PdfSaved } from '@shared/host/ipc-channels';
import type { FileFilter, IpcMainLike, PdfSourceLike, PrintToPdfOptions } from './electron-types';
import type { Translate } from './menu-labels';

/** 15 mm, the margins of the report's @page rule, in the inches printToPDF takes. */
const MARGIN_IN = 15 / 25.4;

/**
 * A4 with backgrounds (the matrix's role colours are backgrounds). The page
 * numbers come from the report's own @page margin box (report.css), as in the
 * browser's print and the CLI: Chromium draws a header/footer template in
 * addition to margin boxes, not instead of them (measured: with
 * displayHeaderFooter on, both footers land in the PDF), so it stays off.
 */
export const PDF_OPTIONS: PrintToPdfOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  margins: { top: MARGIN_IN, bottom: MARGIN_IN, left: MARGIN_IN, right: MARGIN_IN },
  generateDocumentOutline: true,
};

/** How long the shell waits for the report to say it is ready before it gives up (PDF_NOT_READY). */
export const READY_TIMEOUT_MS = 120_000;

export interface PdfExportDeps {
  isTrusted(frameUrl: string): boolean;
  /** The native save dialog: the chosen path, or null when cancelled. */
  saveFile(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Where the dialog starts (the documents folder). */
  defaultFolder(): string;
  /** The dialog's texts, in the app's language. */
  t(): Translate;
  join(folder: string, name: string): string;
  /** Calls back after `ms` (setTimeout; a test can hold it); returns a function that cancels it. */
  after?(ms: number, run: () => void): () => void;
}

const fail = (code: 'FORBIDDEN' | 'VALIDATION' | 'PDF_FAILED' | 'IO_ERROR', message: string): Result<never> => ({
  ok: false,
  error: { code, message, params: { reason: message } },
});

const defaultAfter = (ms: number, run: () => void) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * Wait until the report page says it is ready (src/shared/report/ready.ts):
 * its sections rendered and its page numbers computed. Null when ready, else
 * the error to answer with; bounded by READY_TIMEOUT_MS.
 */
async function waitForReport(page: PdfSourceLike, after: NonNullable<PdfExportDeps['after']>): Promise<Result<never> | null> {
  let cancel: () => void = () => undefined;
  const timeout = new Promise<'timeout'>((resolve) => (cancel = after(READY_TIMEOUT_MS, () => resolve('timeout'))));
  try {
    const answer = await Promise.race([page.executeJavaScript(WAIT_FOR_REPORT), timeout]);
    if (answer === 'timeout') {
      const seconds = Math.round(READY_TIMEOUT_MS / 1000);
      return { ok: false, error: { code: 'PDF_NOT_READY', message: `The report was not ready to print within ${seconds} s`, params: { seconds } } };
    }
    const readiness = readinessOf(answer);
    if (!readiness) return fail('PDF_FAILED', 'the report page gave no readiness');
    return readiness.state === 'ready' ? null : fail('PDF_FAILED', readiness.reason || 'the report could not be prepared');
  } catch (err) {
    return fail('PDF_FAILED', err instanceof Error ? err.message : String(err));
  } finally {
    cancel();
  }
}

/** A proposed file name that stays a name: no folders, no control characters, not empty. */
export function pdfFileName(requested: unknown): string | null {
  if (typeof requested !== 'string') return null;
  const kept = [...requested.replace(/[\\/]/g, ' ')].filter((c) => c.charCodeAt(0) >= 32 && !'<>:"|?*'.includes(c));
  const cleaned = kept.join('').trim().slice(0, 120);
  return cleaned === '' ? null : cleaned;
}

const withPdfExtension = (path: string) => (extname(path).toLowerCase() === '.pdf' ? path : `${path}.pdf`);

/** Registers the channel; returns a function that removes it. */
export function registerPdfExport(ipcMain: IpcMainLike, deps: PdfExportDeps): () => void {
  ipcMain.handle(IPC_PRINT_PDF, async (event, request: unknown): Promise<Result<PdfSaved>> => {
    const frameUrl = event.senderFrame?.url;
    if (frameUrl === undefined || !deps.isTrusted(frameUrl)) return fail('FORBIDDEN', 'Calls are only accepted from the Channelwise window.');
    const name = pdfFileName(typeof request === 'object' && request !== null ? Reflect.get(request, 'fileName') : undefined);
    if (name === null) return fail('VALIDATION', 'The PDF needs a file name.');
    const page = event.sender;
    if (!page) return fail('PDF_FAILED', 'The window to print is gone.');
    const t = deps.t();
    const chosen = await deps.saveFile({
      title: t('dialogPdfTitle'),
      defaultPath: deps.join(deps.defaultFolder(), `${name}.pdf`),
      filters: [{ name: t('dialogPdfFilterName'), extensions: ['pdf'] }],
    });
    if (chosen === null) return { ok: true, value: null };
    const path = withPdfExtension(chosen);
    // Printed only once the report says it is complete: a click on Save while a section still loads waits for it.
    const notReady = await waitForReport(page, deps.after ?? defaultAfter);
    if (notReady) return notReady;
    let bytes: Uint8Array;
    try {
      bytes = await page.printToPDF(PDF_OPTIONS);
    } catch (err) {
      return fail('PDF_FAILED', err instanceof Error ? err.message : String(err));
    }
    try {
      await deps.writeFile(path, bytes);
    } catch (err) {
      return fail('IO_ERROR', err instanceof Error ? err.message : String(err));
    }
    return { ok: true, value: { path } };
  });
  return () => ipcMain.removeHandler(IPC_PRINT_PDF);
}
