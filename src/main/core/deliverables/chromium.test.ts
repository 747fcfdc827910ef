import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp';
import { findChromium, printReportPdf } from './chromium';
import type { PrintPhase } from './print-report';

const chromium = findChromium(process.env);
const pdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim();
const SKIP = chromium === null ? ' (skipped: no Chromium; set CHROMIUM_PATH)' : pdftotext === '' ? ' (skipped: poppler `pdftotext` is not installed)' : '';

/**
 * A report page whose one section waits for /slow: the page says busy until
 * the section has arrived and drawn, then ready. The test answers /slow only
 * once the printer is waiting for the page, so a print before ready would
 * show "Preparing".
 */
const PAGE = `<!doctype html><html><body>
<article data-report-state="busy"><h1>Slow report</h1><p id="section">Preparing the section</p></article>
<script>
  fetch('/slow').then((r) => r.text()).then((text) => {
    document.getElementById('section').textContent = text;
    requestAnimationFrame(() => document.querySelector('article').setAttribute('data-report-state', 'ready'));
  });
</script></body></html>`;

const NEVER_READY = `<!doctype html><html><body><article data-report-state="busy"><p>Forever busy</p></article></body></html>`;

function serve(onSlow: (res: ServerResponse) => void) {
  const server = createServer((req, res) => {
    if (req.url === '/slow') return onSlow(res);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.url === '/never' ? NEVER_READY : PAGE);
  });
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

describe('printReportPdf with a real headless Chromium', () => {
  const tmp = useTempDir();
  const servers: { close: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });

  it.skipIf(SKIP !== '')(`waits for the report's ready signal while a section is slow, then prints what it shows${SKIP}`, async () => {
    let waiting: () => void = () => undefined;
    const printerWaits = new Promise<void>((resolve) => (waiting = resolve));
    const phases: PrintPhase[] = [];
    const server = await serve((res) => {
      // The section's data arrives only after the printer has started waiting for the page.
      void printerWaits.then(() => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('The slow section has arrived');
      });
    });
    servers.push(server);
    const bytes = await printReportPdf(chromium!, `${server.url}/`, {
      onPhase: (phase) => {
        phases.push(phase);
        if (phase === 'waiting') waiting();
      },
    });
    expect(phases).toEqual(['loading', 'waiting', 'printing']);
    const file = tmp.file('slow.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync(pdftotext, [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('The slow section has arrived');
    expect(text).not.toContain('Preparing the section');
  }, 120_000);

  it.skipIf(SKIP !== '')(`fails with PDF_NOT_READY, printing nothing, when the report never becomes ready${SKIP}`, async () => {
    const server = await serve(() => undefined);
    servers.push(server);
    const phases: PrintPhase[] = [];
    await expect(printReportPdf(chromium!, `${server.url}/never`, { timeoutMs: 4_000, onPhase: (p) => phases.push(p) })).rejects.toMatchObject({
      code: 'PDF_NOT_READY',
      params: { seconds: 4 },
    });
    expect(phases).not.toContain('printing');
  }, 60_000);
});
