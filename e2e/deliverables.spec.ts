import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function createWorkspace(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

async function exportAs(page: Page, format: RegExp) {
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a report' });
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  await expect(dialog.getByText(/^Saved /)).toBeVisible();
  await dialog.getByRole('contentinfo').getByRole('button', { name: 'Close' }).click();
  return download;
}

test('export the workbook and the slide deck from the top bar', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Deliverables');
  const xlsx = await exportAs(page, /^Excel workbook/);
  expect(xlsx.suggestedFilename()).toBe('Deliverables.xlsx');
  const book = join(host.docs, 'book.xlsx');
  await xlsx.saveAs(book);
  expect(readFileSync(book).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(statSync(book).size).toBeGreaterThan(5_000);

  const pptx = await exportAs(page, /^PowerPoint deck/);
  expect(pptx.suggestedFilename()).toBe('Deliverables.pptx');
  const deck = join(host.docs, 'deck.pptx');
  await pptx.saveAs(deck);
  expect(readFileSync(deck).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(statSync(deck).size).toBeGreaterThan(20_000);
});

test('the report page has a table of contents with page numbers; the CLI prints it to PDF', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Report');
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a report' });
  await dialog.getByRole('radio', { name: /^PDF report/ }).check();
  await dialog.getByRole('button', { name: 'Open the printable report' }).click();
  const report = page.getByRole('article', { name: 'Report' });
  await expect(report.getByRole('heading', { name: 'Report: report' })).toBeVisible();
  const toc = report.getByRole('navigation', { name: 'Contents' });
  await expect(toc.getByRole('link', { name: 'Matrix: As-is', exact: true })).toBeVisible();
  await expect(toc.getByRole('listitem').first()).toContainText(/\d+$/);
  await expect(report.getByRole('heading', { name: 'Findings: To-be' })).toBeVisible();

  // One section per chart of the main scenario for all customers, and the scenario delta.
  const charts = [
    'Heatmap of the matrix',
    'Channel mix per phase',
    'Online/offline balance per phase',
    'Typology quadrant',
  ];
  for (const chart of charts) {
    await expect(report.getByRole('heading', { name: `${chart}: As-is, All customers` })).toBeVisible();
    await expect(toc.getByRole('link', { name: `${chart}: As-is, All customers` })).toBeVisible();
  }
  // A fresh workspace has no customer types: no radar to draw, so no page for it.
  await expect(report.getByRole('heading', { name: /^Channel profile per customer type/ })).toHaveCount(0);
  for (const chart of ['Scenario delta per phase', 'Scenario delta per channel']) {
    await expect(report.getByRole('heading', { name: `${chart}: As-is to To-be` })).toBeVisible();
  }
  const heatmap = report.getByRole('region', { name: 'Heatmap of the matrix: As-is, All customers' });
  await expect(heatmap.getByRole('img', { name: /^Heatmap of the matrix/ })).toBeVisible();
  // Drawn at the printed width (180 mm at 96 dpi), whatever the window's width.
  const svgWidth = await heatmap.locator('svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
  expect(Math.abs(svgWidth - 680)).toBeLessThan(2);

  // The economics per customer type, with the formulas.
  const economics = report.getByRole('region', { name: 'Economics: As-is' });
  await expect(economics.getByRole('columnheader', { name: 'Cost to serve' })).toBeVisible();
  await expect(economics.getByRole('rowheader', { name: 'All customers' })).toBeVisible();
  await expect(economics.getByText('KW = (T × A × P) − K')).toBeVisible();
  await expect(economics.getByText('NPS = % promoters − % detractors')).toBeVisible();

  // Every entry numbered once everything has loaded; the last one tells how many pages the report has at least.
  await expect(report).toHaveAttribute('aria-busy', 'false');
  const numbers = (await toc.locator('.report__toc-page').allTextContents()).map(Number);
  expect(numbers.every((n, i) => n >= 3 && (i === 0 || n > numbers[i - 1]!))).toBe(true);
  const lastPage = numbers.at(-1)!;

  // The open workspace is locked by the host: the CLI prints a workspace of its own.
  const other = join(host.docs, 'Printed.channelwise');
  expect((await host.cli('new', other)).code).toBe(0);
  const out = join(host.docs, 'report.pdf');
  const result = await host.cli('export', other, '--format', 'pdf', '--out', out);
  if (result.code !== 0 && /needs Chromium/.test(result.stderr)) {
    test.info().annotations.push({ type: 'skip-reason', description: 'PDF check skipped: no Chromium for the CLI' });
    return;
  }
  expect(result.stderr).toBe('');
  expect(existsSync(out)).toBe(true);
  const pdf = readFileSync(out).toString('latin1');
  expect(pdf.startsWith('%PDF')).toBe(true);
  // Title page, contents, and a page per section at least: as many as the contents of the same (fresh) workspace count.
  expect((pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length).toBeGreaterThanOrEqual(lastPage);
});

/** Runs in the page before the app (see the test below); script text, because the e2e project has no DOM types. */
const DESKTOP_BRIDGE = `
  // The browser host wants its key (the desktop shell, on IPC, has none): the stand-in takes it from the address.
  const found = /^#k=([A-Za-z0-9_-]+)(#.*)?$/.exec(location.hash);
  if (found) {
    sessionStorage.setItem('test.hostKey', found[1]);
    history.replaceState(null, '', location.pathname + location.search + (found[2] ?? ''));
  }
  const key = sessionStorage.getItem('test.hostKey') ?? '';
  const requests = [];
  window.__pdfRequests = requests;
  Object.defineProperty(window, 'api', {
    value: {
      async call(method, input) {
        const response = await fetch('/api/' + encodeURIComponent(method), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + key },
          body: JSON.stringify(input ?? {}),
        });
        const body = await response.json();
        if (method === 'app.info' && body.ok) body.value.capabilities.printToPdf = true;
        return body;
      },
      onEvent(listener) {
        const socket = new WebSocket('ws://' + location.host + '/events?token=' + encodeURIComponent(key));
        socket.onmessage = (message) => listener(JSON.parse(String(message.data)));
        return () => socket.close();
      },
      onCommand: () => () => undefined,
      async printToPdf(request) {
        const report = document.querySelector('article.report');
        const numbers = [...document.querySelectorAll('.report__toc-page')].map((n) => n.textContent ?? '');
        requests.push({ fileName: request.fileName, busy: report ? report.getAttribute('aria-busy') : null, lastPage: numbers.at(-1) ?? '' });
        return { ok: true, value: { path: '/Documents/' + request.fileName + '.pdf' } };
      },
    },
  });
`;

/**
 * The desktop flow without the Electron binary: a stand-in for the preload
 * bridge (window.api) that forwards calls and events to this browser host and
 * says the shell can print to PDF, recording what the report hands over.
 */
test('in the desktop app, Export PDF opens the report and hands it to the shell once it is complete', async ({ page, host }) => {
  await page.addInitScript({ content: DESKTOP_BRIDGE });
  await createWorkspace(page, host.url, 'Desktop');
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a report' });
  await dialog.getByRole('radio', { name: /^PDF report/ }).check();
  await expect(dialog.getByText('The report opens in this window and asks where to save the PDF.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Export PDF' }).click();

  const report = page.getByRole('article', { name: 'Report' });
  await expect(report.getByText('Saved /Documents/Desktop.pdf.')).toBeVisible();
  const requests = await page.evaluate(() => Reflect.get(globalThis, '__pdfRequests') as { fileName: string; busy: string | null; lastPage: string }[]);
  // Asked once, and only when every section was there and numbered.
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatchObject({ fileName: 'Desktop', busy: 'false' });
  expect(Number(requests[0]!.lastPage)).toBeGreaterThanOrEqual(12);
  expect(new URL(page.url()).hash).toBe('#/report');
  // On the report itself the desktop button saves again, without the browser's print dialog.
  await report.getByRole('button', { name: 'Save as PDF' }).click();
  await expect.poll(() => page.evaluate(() => (Reflect.get(globalThis, '__pdfRequests') as unknown[]).length)).toBe(2);
});
