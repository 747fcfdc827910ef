import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../core/testing/temp';
import { cliRunner } from './cli-runner.test-helper';

const cli = cliRunner;

/** LibreOffice checks need `soffice`; where it is missing the test name says so and the check is skipped. */
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const NO_SOFFICE = soffice === '' ? ' (skipped: LibreOffice `soffice` is not installed; .ci/run installs it)' : '';

const pdfPages = (bytes: Buffer): number => (bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

function convert(file: string, outDir: string): Buffer {
  execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${outDir}/profile`, '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 180_000 });
  const pdf = readdirSync(outDir).find((f) => f.endsWith('.pdf'))!;
  return readFileSync(join(outDir, pdf));
}

describe('channelwise export --format xlsx|pptx|pdf', () => {
  const tmp = useTempDir();

  it('writes the whole workbook without --scenario/--lens, and the slide deck', async () => {
    const run = cli(join(tmp.dir(), 'home'));
    const file = tmp.file('plan.channelwise');
    await run('new', file);
    const xlsx = tmp.file('book.xlsx');
    expect(await run('export', file, '--format', 'xlsx', '--out', xlsx)).toMatchObject({ code: 0, out: `Wrote ${xlsx}` });
    const book = strFromU8(unzipSync(new Uint8Array(readFileSync(xlsx)))['xl/workbook.xml']!);
    expect(book).toContain('name="As-is - All customers"');
    expect(book).toContain('name="Journey steps"');
    // The matrix sheets read back as before.
    expect((await run('import', file, '--matrix', xlsx, '--sheet', 'To-be - All customers')).code).toBe(0);
    const pptx = tmp.file('deck.pptx');
    const deck = await run('export', file, '--format', 'pptx', '--out', pptx);
    expect(deck.err).toBe('');
    expect(deck).toMatchObject({ code: 0, out: `Wrote ${pptx}` });
    expect(readFileSync(pptx).subarray(0, 2).toString()).toBe('PK');
    expect((await run('export', file, '--format', 'pptx', '--scenario', 'As-is', '--out', pptx)).code).toBe(2);
  });

  it('says clearly, with exit code 1, when no Chromium is there for a PDF', async () => {
    const run = cli(join(tmp.dir(), 'home'), { CHROMIUM_PATH: join(tmp.dir(), 'no-such-chromium'), PATH: '' });
    const file = tmp.file('plan.channelwise');
    await run('new', file);
    const result = await run('export', file, '--format', 'pdf', '--out', tmp.file('report.pdf'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/A PDF needs Chromium or Google Chrome, and none was found/);
  });

  it.skipIf(NO_SOFFICE !== '')(`opens in LibreOffice: the deck converts with one page per slide, the workbook converts${NO_SOFFICE}`, async () => {
    const run = cli(join(tmp.dir(), 'home'));
    const file = tmp.file('plan.channelwise');
    await run('new', file);
    const pptx = tmp.file('deck.pptx');
    await run('export', file, '--format', 'pptx', '--out', pptx);
    const slides = Object.keys(unzipSync(new Uint8Array(readFileSync(pptx)))).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
    expect(pdfPages(convert(pptx, join(tmp.dir(), 'pptx-pdf')))).toBe(slides);
    const xlsx = tmp.file('book.xlsx');
    await run('export', file, '--format', 'xlsx', '--out', xlsx);
    const sheets = (strFromU8(unzipSync(new Uint8Array(readFileSync(xlsx)))['xl/workbook.xml']!).match(/<sheet /g) ?? []).length;
    // Every sheet prints on at least one page.
    expect(pdfPages(convert(xlsx, join(tmp.dir(), 'xlsx-pdf')))).toBeGreaterThanOrEqual(sheets);
  }, 300_000);
});
