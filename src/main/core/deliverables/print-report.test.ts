import { describe, expect, it } from 'vitest';
import { WAIT_FOR_REPORT } from '@shared/report/ready';
import type { CdpClient } from './cdp';
import { CDP_PRINT_OPTIONS, printWhenReady } from './print-report';

/** A DevTools connection that records commands; the report's readiness is answered by the test, when it chooses. */
function fakeCdp() {
  const sent: { method: string; params: Record<string, unknown> | undefined; sessionId: string | undefined }[] = [];
  let answerReadiness: (value: unknown) => void = () => undefined;
  let askedReadiness: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (askedReadiness = resolve));
  const cdp: CdpClient = {
    async send(method, params, sessionId) {
      sent.push({ method, params, sessionId });
      switch (method) {
        case 'Target.createTarget':
          return { targetId: 'T1' };
        case 'Target.attachToTarget':
          return { sessionId: 'S1' };
        case 'Page.navigate':
          return { frameId: 'F1' };
        case 'Runtime.evaluate':
          askedReadiness();
          return new Promise((resolve) => (answerReadiness = (value) => resolve({ result: { type: 'object', value } })));
        case 'Page.printToPDF':
          return { data: Buffer.from('%PDF-1.7 report').toString('base64') };
        default:
          return {};
      }
    },
    waitFor: async () => ({}),
  };
  return { cdp, sent, asked, ready: (value: unknown) => answerReadiness(value), methods: () => sent.map((s) => s.method) };
}

describe('printWhenReady: the PDF is printed once the report says it is ready, never before', () => {
  it('loads the page, waits for the report (a slow section keeps it busy), and prints only after the ready answer', async () => {
    const fake = fakeCdp();
    const phases: string[] = [];
    const printing = printWhenReady(fake.cdp, 'http://127.0.0.1:1/#/report', (phase) => phases.push(phase));
    await fake.asked;
    // The report is still busy (a slow section): the printer waits and has not printed.
    expect(fake.methods()).toEqual(['Target.createTarget', 'Target.attachToTarget', 'Page.enable', 'Page.navigate', 'Runtime.evaluate']);
    expect(phases).toEqual(['loading', 'waiting']);
    const evaluate = fake.sent.find((s) => s.method === 'Runtime.evaluate')!;
    expect(evaluate).toMatchObject({ sessionId: 'S1', params: { expression: WAIT_FOR_REPORT, awaitPromise: true, returnByValue: true } });
    fake.ready({ state: 'ready', pages: 12, reason: '' });
    expect((await printing).toString()).toBe('%PDF-1.7 report');
    expect(fake.methods().at(-1)).toBe('Page.printToPDF');
    expect(fake.sent.at(-1)).toMatchObject({ sessionId: 'S1', params: CDP_PRINT_OPTIONS });
    expect(phases).toEqual(['loading', 'waiting', 'printing']);
  });

  it('prints nothing when the report failed, and says why', async () => {
    const fake = fakeCdp();
    const printing = printWhenReady(fake.cdp, 'http://127.0.0.1:1/#/report');
    await fake.asked;
    fake.ready({ state: 'failed', pages: 0, reason: 'The workspace could not be read.' });
    await expect(printing).rejects.toMatchObject({ code: 'PDF_FAILED', params: { reason: 'The workspace could not be read.' } });
    expect(fake.methods()).not.toContain('Page.printToPDF');
  });

  it('prints nothing when the page answers with something that is not a readiness', async () => {
    const fake = fakeCdp();
    const printing = printWhenReady(fake.cdp, 'http://127.0.0.1:1/#/report');
    await fake.asked;
    fake.ready('ready');
    await expect(printing).rejects.toMatchObject({ code: 'PDF_FAILED' });
    expect(fake.methods()).not.toContain('Page.printToPDF');
  });
});
