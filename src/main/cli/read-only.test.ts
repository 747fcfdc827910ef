import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../core/testing/temp';
import { runCli } from './program';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A workbook whose sheet points at a shared string that does not exist (exceljs throws a TypeError on it). */
async function damagedWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('M').addRow(['x', 'Store']);
  const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  files['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>');
  return Buffer.from(zipSync(files));
}

// Reading is read-only: looking at a workspace, exporting it, or an import it
// refuses leaves the file's bytes exactly as they were (backup and sync tools
// see no change where there is none).
describe('reading leaves the workspace file unchanged', () => {
  const tmp = useTempDir();

  it('check, info, every export and refused imports keep the sha256', async () => {
    const env = { CHANNELWISE_HOME: join(tmp.dir(), 'home'), LANG: 'nl_NL.UTF-8' };
    const run = async (...args: string[]) => {
      const err: string[] = [];
      const code = await runCli(args, { out: () => undefined, err: (l) => err.push(l), env });
      return { code, err: err.join('\n') };
    };
    const file = tmp.file('plan.channelwise');
    expect((await run('new', file, '--lang', 'en')).code).toBe(0);
    const before = sha(file);
    const bad = tmp.file('bad.xlsx');
    writeFileSync(bad, await damagedWorkbook());
    const doc = tmp.file('doc.json');
    expect((await run('export', file, '--format', 'json', '--out', doc)).code).toBe(0);

    const steps: [string[], number][] = [
      [['check', file], 0],
      [['info', file], 0],
      [['info', file, '--json'], 0],
      [['export', file, '--format', 'csv', '--out', tmp.file('m.csv')], 0],
      [['export', file, '--format', 'xlsx', '--out', tmp.file('w.xlsx')], 0],
      [['export', file, '--format', 'xlsx', '--scenario', 'As-is', '--out', tmp.file('v.xlsx')], 0],
      [['export', file, '--format', 'pptx', '--out', tmp.file('d.pptx')], 0],
      [['import', file, '--matrix', bad], 1],
      [['import', file, '--matrix', tmp.file('m.csv'), '--scenario', 'Nope'], 1],
      [['import', file, '--from', doc], 1],
    ];
    for (const [args, code] of steps) {
      const result = await run(...args);
      expect({ args, code: result.code }).toEqual({ args, code });
      expect({ args, sha: sha(file) }).toEqual({ args, sha: before });
      expect(existsSync(`${file}-wal`)).toBe(false);
      if (code !== 0) expect(result.err).not.toMatch(/Cannot read|undefined|TypeError|at .*\.ts/);
    }
    // The damaged workbook is explained in the user's language.
    expect((await run('import', file, '--matrix', bad)).err).toContain('lijkt een Excel-werkmap');
  });
});
