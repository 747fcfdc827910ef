import { execFileSync } from 'node:child_process';
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

test('the report page: a first page that summarises, contents with page numbers, a section per deck slide', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Report');
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a report' });
  await dialog.getByRole('radio', { name: /^PDF report/ }).check();
  await dialog.getByRole('button', { name: 'Open the printable report' }).click();
  const report = page.getByRole('article', { name: 'Report' });
  await expect(report.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
  // The first page: key figures per scenario and the most important findings.
  const figures = report.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Cost to serve one customer journey' }) });
  await expect(figures.getByRole('rowheader', { name: /^As-is/ })).toBeVisible();
  await expect(figures.getByRole('rowheader', { name: /^To-be/ })).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Most important findings' })).toBeVisible();

  const toc = report.getByRole('navigation', { name: 'Contents' });
  await expect(toc.getByRole('link', { name: 'Matrix: As-is, All customers', exact: true })).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Findings: To-be' })).toBeVisible();
  // The deck's charts of the first scenario, each with its entry in the contents.
  for (const chart of ['Heatmap of the matrix', 'Channel mix per phase', 'Online/offline balance per phase', 'Typology quadrant']) {
    await expect(report.getByRole('heading', { name: `${chart}: As-is` })).toBeVisible();
    await expect(toc.getByRole('link', { name: `${chart}: As-is` })).toBeVisible();
  }
  // A fresh workspace has no customer types: no radar to draw, so no section for it.
  await expect(report.getByRole('heading', { name: /^Channel profile per customer type/ })).toHaveCount(0);
  const delta = report.getByRole('region', { name: 'Scenario delta per phase: As-is to To-be' });
  await expect(delta.getByRole('heading', { name: 'Scenario delta per channel' })).toBeVisible();
  await expect(report.getByRole('region', { name: 'From As-is to To-be: what changes' })).toBeVisible();
  const heatmap = report.getByRole('region', { name: 'Heatmap of the matrix: As-is' });
  await expect(heatmap.getByRole('img', { name: /^Heatmap of the matrix/ })).toBeVisible();
  // Drawn at the printed width (180 mm at 96 dpi), whatever the window's width.
  const svgWidth = await heatmap.locator('svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
  expect(Math.abs(svgWidth - 680)).toBeLessThan(2);

  // The economics of every scenario; the formulas once, with the first. A fresh workspace has no roles
  // yet: the section says so instead of a table that adds up to a free journey.
  for (const scenario of ['As-is', 'To-be']) {
    const economics = report.getByRole('region', { name: `Cost to serve: ${scenario}` });
    await expect(economics.getByRole('heading', { name: 'Cost to serve one customer' })).toBeVisible();
    await expect(economics.getByText('No cost to serve yet: no channel has a role or a number of contacts in this journey.')).toBeVisible();
    await expect(economics.getByRole('rowheader', { name: 'Total' })).toHaveCount(0);
  }
  const last = report.getByRole('region', { name: 'Cost to serve: As-is' });
  await expect(last.getByText('Customer value = (T × A × P) − K')).toBeVisible();
  await expect(last.getByText('NPS = % promoters − % detractors')).toBeVisible();

  // Ready once everything has loaded and the pages are planned: every entry numbered, in reading order.
  await expect(report).toHaveAttribute('data-report-state', 'ready');
  await expect(report).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
  const numbers = (await toc.locator('.report__toc-page').allTextContents()).map(Number);
  expect(numbers.every((n, i) => n >= 3 && (i === 0 || n >= numbers[i - 1]!))).toBe(true);
  expect(Number(await report.getAttribute('data-report-pages'))).toBeGreaterThanOrEqual(numbers.at(-1)!);
});

const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

/** The text of one page of a PDF, whitespace folded. */
const pageText = (pdf: string, n: number) => execFileSync(PDFTOTEXT!, ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** The contents of the printed report: each entry's title and the page it gives (contents on page 2). */
function contentsOf(pdf: string): { title: string; page: number }[] {
  const text = execFileSync(PDFTOTEXT!, ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\n')
    .map((line) => /^\s*(.+?)\s{2,}(\d+)\s*$/.exec(line))
    .flatMap((m) => (m ? [{ title: m[1]!.trim(), page: Number(m[2]) }] : []));
}

for (const lang of ['en', 'nl'] as const) {
  test(`the CLI's PDF of a board workspace (${lang}): every contents entry starts on the page it gives`, async ({ host }) => {
    test.skip(!PDFTOTEXT, 'needs poppler-utils (pdftotext)');
    const file = join(host.docs, `board-${lang}.channelwise`);
    execFileSync(process.execPath, ['scripts/board-workspace.mjs', file, '--lang', lang], { stdio: 'pipe' });
    const out = join(host.docs, `board-${lang}.pdf`);
    const result = await host.cli('export', file, '--format', 'pdf', '--out', out);
    if (result.code !== 0 && /needs Chromium/.test(result.stderr)) {
      test.info().annotations.push({ type: 'skip-reason', description: 'PDF check skipped: no Chromium for the CLI' });
      return;
    }
    expect(result.stderr).toBe('');
    const pages = (readFileSync(out).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    const first = pageText(out, 1);
    // The first page: the name, the key figures and the most important findings, in the content language.
    expect(first).toContain(lang === 'nl' ? 'Kerncijfers' : 'Key figures');
    expect(first).toContain(lang === 'nl' ? 'Belangrijkste bevindingen' : 'Most important findings');
    expect(first).toMatch(lang === 'nl' ? /€\s?\d{1,3}(\.\d{3})*,\d{2}/ : /€\d{1,3}(,\d{3})*\.\d{2}/);
    const contents = contentsOf(out);
    expect(contents.length).toBeGreaterThanOrEqual(12);
    const texts = Array.from({ length: pages }, (_, i) => pageText(out, i + 1));
    for (const entry of contents) {
      // The first page after the contents that shows the section's heading is the page the contents give.
      const found = texts.findIndex((text, i) => i >= 2 && text.includes(entry.title)) + 1;
      expect({ title: entry.title, page: found }).toEqual({ title: entry.title, page: entry.page });
    }
    // Journeys with their emotion curve, the change, economics per scenario, all listed.
    const titles = contents.map((c) => c.title).join(' | ');
    expect(titles).toContain(lang === 'nl' ? 'Klantreis:' : 'Journey:');
    expect(titles.match(lang === 'nl' ? /Kosten van bediening:/g : /Cost to serve:/g)).toHaveLength(2);
    expect(titles.match(lang === 'nl' ? /Bevindingen:/g : /Findings:/g)).toHaveLength(2);
    // The step from As-is to To-be says what it does to the cost of a journey (the board workspace has channel costs).
    const words = texts.join('\n').replace(/\s+/g, ' ');
    expect(words).toMatch(lang === 'nl' ? /Een klantreis kost € ?[\d.,]+ in Gewenst, tegen € ?[\d.,]+ in Huidig/ : /A journey costs €[\d.,]+ in To-be against €[\d.,]+ in As-is/);
    // No near-empty page: every page but the last is at least a third full of text.
    for (const [i, text] of texts.slice(0, -1).entries()) expect({ page: i + 1, chars: text.length > 300 }).toEqual({ page: i + 1, chars: true });
  });
}

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
        requests.push({
          fileName: request.fileName,
          busy: report ? report.getAttribute('aria-busy') : null,
          state: report ? report.getAttribute('data-report-state') : null,
          lastPage: numbers.at(-1) ?? '',
        });
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

  await expect(page.getByText('Saved /Documents/Desktop.pdf.')).toBeVisible();
  const requests = await page.evaluate(() => Reflect.get(globalThis, '__pdfRequests') as { fileName: string; busy: string | null; state: string | null; lastPage: string }[]);
  // Asked once, and only when every section was there and numbered.
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatchObject({ fileName: 'Desktop', busy: 'false', state: 'ready' });
  expect(Number(requests[0]!.lastPage)).toBeGreaterThanOrEqual(3);
  expect(new URL(page.url()).hash).toBe('#/report');
  // On the report itself the desktop button saves again, without the browser's print dialog.
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect.poll(() => page.evaluate(() => (Reflect.get(globalThis, '__pdfRequests') as unknown[]).length)).toBe(2);
});
