/**
 * "Save as PDF" in the desktop app: the report page asks over IPC, the shell
 * asks where to save (native dialog), prints the asking page with Chromium's
 * own PDF printer (WebContents.printToPDF) and writes the file. The browser
 * host has no such channel; there the report uses the browser's print dialog.
 */
import { extname } from 'node:path';
import type { Result } from '@shared/errors';
import { IPC_PRINT_PDF, type PdfSaved } from '../../preload/ipc-contract';
import type { FileFilter, IpcMainLike, PrintToPdfOptions } from './electron-types';
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
}

const fail = (code: 'FORBIDDEN' | 'VALIDATION' | 'PDF_FAILED' | 'IO_ERROR', message: string): Result<never> => ({
  ok: false,
  error: { code, message, params: { reason: message } },
});

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
