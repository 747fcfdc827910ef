import { describe, expect, it } from 'vitest';
import { WAIT_FOR_REPORT } from '@shared/report/ready';
import { IPC_PRINT_PDF } from '@shared/host/ipc-channels';
import type { IpcInvokeEventLike, IpcMainLike, PrintToPdfOptions } from './electron-types';
import { menuTranslator } from './menu-labels';
import { PDF_OPTIONS, pdfFileName, registerPdfExport, type PdfExportDeps } from './pdf-export';

const APP = 'file:///opt/cw/out/renderer/index.html';
const PDF = new TextEncoder().encode('%PDF-1.7 fake');

const READY = { state: 'ready', pages: 12, reason: '' };

/**
 * A fake ipcMain, a fake page that "prints", a fake save dialog and a fake
 * disk. `readiness` is what the page's report answers to the readiness
 * script: an answer, or a promise the test settles when it chooses.
 */
function setup(opts: { answer?: string | null; printFails?: boolean; writeFails?: boolean; readiness?: unknown } = {}) {
  const handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => unknown>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => handlers.set(channel, listener),
    removeHandler: (channel) => handlers.delete(channel),
  };
  const printed: PrintToPdfOptions[] = [];
  const dialogs: Parameters<PdfExportDeps['saveFile']>[0][] = [];
  const written = new Map<string, Uint8Array>();
  const scripts: string[] = [];
  let scriptRan: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (scriptRan = resolve));
  const timers: { ms: number; run: () => void; cancelled: boolean }[] = [];
  const sender = {
    async executeJavaScript(code: string) {
      scripts.push(code);
      scriptRan();
      return opts.readiness === undefined ? READY : opts.readiness;
    },
    async printToPDF(options: PrintToPdfOptions) {
      printed.push(options);
      if (opts.printFails) throw new Error('Printing failed');
      return PDF;
    },
  };
  const remove = registerPdfExport(ipcMain, {
    isTrusted: (url) => url.startsWith(APP),
    saveFile: async (options) => {
      dialogs.push(options);
      return opts.answer === undefined ? '/docs/Chosen.pdf' : opts.answer;
    },
    writeFile: async (path, bytes) => {
      if (opts.writeFails) throw new Error('EACCES: permission denied');
      written.set(path, bytes);
    },
    defaultFolder: () => '/docs',
    t: () => menuTranslator('en'),
    join: (folder, name) => `${folder}/${name}`,
    after: (ms, run) => {
      const timer = { ms, run, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
  });
  const call = (request: unknown, frameUrl: string | null = `${APP}#/report`, withSender = true) =>
    handlers.get(IPC_PRINT_PDF)!({ senderFrame: frameUrl === null ? null : { url: frameUrl }, ...(withSender ? { sender } : {}) }, request);
  return { handlers, call, printed, dialogs, written, remove, scripts, timers, asked };
}

describe('Save as PDF in the desktop shell (fake webContents and dialog)', () => {
  it('asks where to save, prints the asking page on A4 with backgrounds, and writes the file', async () => {
    const fake = setup();
    expect(await fake.call({ fileName: 'Plan 2025' })).toEqual({ ok: true, value: { path: '/docs/Chosen.pdf' } });
    expect(fake.dialogs).toEqual([{ title: 'Save the report as PDF', defaultPath: '/docs/Plan 2025.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] }]);
    expect(fake.printed).toEqual([PDF_OPTIONS]);
    // Page numbers come from report.css's @page margin box; a footer template would print them a second time.
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    expect(fake.written.get('/docs/Chosen.pdf')).toBe(PDF);
  });

  it('prints only after the report says it is ready: a slow section keeps the print waiting', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const fake = setup({ readiness: new Promise((resolve) => (answer = resolve)) });
    const saving = fake.call({ fileName: 'Plan' }) as Promise<unknown>;
    await fake.asked;
    expect(fake.scripts).toEqual([WAIT_FOR_REPORT]);
    // Still busy: nothing printed, nothing written.
    expect(fake.printed).toEqual([]);
    expect(fake.written.size).toBe(0);
    answer(READY);
    expect(await saving).toEqual({ ok: true, value: { path: '/docs/Chosen.pdf' } });
    expect(fake.printed).toEqual([PDF_OPTIONS]);
    // The time limit was cancelled once the report was ready.
    expect(fake.timers.map((t) => t.cancelled)).toEqual([true]);
  });

  it('prints nothing when the report failed or never becomes ready', async () => {
    const failed = setup({ readiness: { state: 'failed', pages: 0, reason: 'The workspace could not be read.' } });
    expect(await failed.call({ fileName: 'Plan' })).toMatchObject({ ok: false, error: { code: 'PDF_FAILED', params: { reason: 'The workspace could not be read.' } } });
    expect(failed.printed).toEqual([]);
    const stuck = setup({ readiness: new Promise(() => undefined) });
    const saving = stuck.call({ fileName: 'Plan' }) as Promise<unknown>;
    await stuck.asked;
    expect(stuck.timers).toHaveLength(1);
    // The shell's time limit runs out (the fake timer fires when the test says so).
    stuck.timers[0]!.run();
    expect(await saving).toMatchObject({ ok: false, error: { code: 'PDF_NOT_READY', params: { seconds: 120 } } });
    expect(stuck.printed).toEqual([]);
    expect(stuck.written.size).toBe(0);
  });

  it('adds the .pdf extension when the dialog gave none', async () => {
    const fake = setup({ answer: '/docs/Handout' });
    expect(await fake.call({ fileName: 'Plan' })).toEqual({ ok: true, value: { path: '/docs/Handout.pdf' } });
    expect([...fake.written.keys()]).toEqual(['/docs/Handout.pdf']);
  });

  it('prints and writes nothing when the dialog is cancelled', async () => {
    const fake = setup({ answer: null });
    expect(await fake.call({ fileName: 'Plan' })).toEqual({ ok: true, value: null });
    expect(fake.printed).toEqual([]);
    expect(fake.written.size).toBe(0);
  });

  it('refuses pages other than the app, and requests without a usable name', async () => {
    const fake = setup();
    expect(await fake.call({ fileName: 'Plan' }, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await fake.call({ fileName: 'Plan' }, null)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await fake.call({ fileName: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await fake.call('Plan')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await fake.call({ fileName: 'Plan' }, `${APP}#/report`, false)).toMatchObject({ ok: false, error: { code: 'PDF_FAILED' } });
    expect(fake.dialogs).toEqual([]);
    expect(fake.written.size).toBe(0);
  });

  it('answers a failed print or write as an error result, writing nothing after a failed print', async () => {
    const failedPrint = setup({ printFails: true });
    expect(await failedPrint.call({ fileName: 'Plan' })).toEqual({
      ok: false,
      error: { code: 'PDF_FAILED', message: 'Printing failed', params: { reason: 'Printing failed' } },
    });
    expect(failedPrint.written.size).toBe(0);
    const failedWrite = setup({ writeFails: true });
    expect(await failedWrite.call({ fileName: 'Plan' })).toMatchObject({ ok: false, error: { code: 'IO_ERROR', params: { reason: 'EACCES: permission denied' } } });
  });

  it('unregisters its channel', () => {
    const fake = setup();
    fake.remove();
    expect(fake.handlers.has(IPC_PRINT_PDF)).toBe(false);
  });
});

describe('the proposed PDF name', () => {
  it('keeps a plain name and drops folders and characters a file name cannot hold', () => {
    expect(pdfFileName('Plan 2025')).toBe('Plan 2025');
    expect(pdfFileName('../../etc/passwd')).toBe('.. .. etc passwd');
    expect(pdfFileName('a:b*c?\u0007')).toBe('abc');
    expect(pdfFileName('')).toBeNull();
    expect(pdfFileName(42)).toBeNull();
  });
});
