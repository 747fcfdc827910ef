/**
 * Print the report page to PDF once it says it is ready, over the DevTools
 * protocol: open a tab, load the page, run the readiness script in it
 * (src/shared/report/ready.ts) and only when that resolves with 'ready' ask
 * for the PDF. Nothing here waits for a timer: the caller bounds the whole
 * print and closes the connection when it gives up, which fails every wait.
 */
import { z } from 'zod';
import { AppError } from '@shared/errors';
import { readinessOf, WAIT_FOR_REPORT } from '@shared/report/ready';
import type { CdpClient } from './cdp';

const MM = 1 / 25.4;

/** A4 with the 15 mm margins of report.css's @page rule, backgrounds on (the matrix's role colours are backgrounds). */
export const CDP_PRINT_OPTIONS = {
  paperWidth: 210 * MM,
  paperHeight: 297 * MM,
  marginTop: 15 * MM,
  marginBottom: 15 * MM,
  marginLeft: 15 * MM,
  marginRight: 15 * MM,
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  generateDocumentOutline: true,
  transferMode: 'ReturnAsBase64',
} as const;

const Created = z.object({ targetId: z.string() });
const Attached = z.object({ sessionId: z.string() });
const Navigated = z.object({ errorText: z.string().optional() });
const Evaluated = z.object({
  result: z.object({ value: z.unknown().optional() }),
  exceptionDetails: z.object({ text: z.string().optional(), exception: z.object({ description: z.string().optional() }).optional() }).optional(),
});
const Printed = z.object({ data: z.string() });

export type PrintPhase = 'loading' | 'waiting' | 'printing';

const failed = (reason: string) => new AppError('PDF_FAILED', reason, { reason });

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw failed(`unexpected answer to ${what}`);
  return parsed.data;
}

/** The PDF of the page at `url`, printed after its report said it is ready; `onPhase` follows the steps (tests). */
export async function printWhenReady(cdp: CdpClient, url: string, onPhase: (phase: PrintPhase) => void = () => undefined): Promise<Buffer> {
  const { targetId } = parse(Created, await cdp.send('Target.createTarget', { url: 'about:blank' }), 'Target.createTarget');
  const { sessionId } = parse(Attached, await cdp.send('Target.attachToTarget', { targetId, flatten: true }), 'Target.attachToTarget');
  await cdp.send('Page.enable', {}, sessionId);
  onPhase('loading');
  const loaded = cdp.waitFor('Page.loadEventFired', sessionId);
  const navigated = parse(Navigated, await cdp.send('Page.navigate', { url }, sessionId), 'Page.navigate');
  if (navigated.errorText) throw failed(navigated.errorText);
  await loaded;
  onPhase('waiting');
  const evaluated = parse(
    Evaluated,
    await cdp.send('Runtime.evaluate', { expression: WAIT_FOR_REPORT, awaitPromise: true, returnByValue: true }, sessionId),
    'Runtime.evaluate',
  );
  if (evaluated.exceptionDetails) throw failed(evaluated.exceptionDetails.exception?.description ?? evaluated.exceptionDetails.text ?? 'the report page failed');
  const readiness = readinessOf(evaluated.result.value);
  if (!readiness) throw failed('the report page gave no readiness');
  if (readiness.state !== 'ready') throw failed(readiness.reason || 'the report could not be prepared');
  onPhase('printing');
  const printed = parse(Printed, await cdp.send('Page.printToPDF', { ...CDP_PRINT_OPTIONS }, sessionId), 'Page.printToPDF');
  return Buffer.from(printed.data, 'base64');
}
