import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '../core/testing/temp';
import { LATEST_VERSION } from '../core/db/migrations';
import { cliRunner } from './cli-runner.test-helper';

const cli = (home: string, lang = 'en_GB.UTF-8') => cliRunner(home, { LANG: lang });

describe('channelwise CLI', () => {
  const tmp = useTempDir();

  it('creates a workspace and reports what it holds', async () => {
    const run = cli(join(tmp.dir(), 'home'));
    const file = tmp.file('plan');
    expect((await run('new', file)).code).toBe(0);
    const info = await run('info', `${file}.channelwise`, '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toEqual({
      phases: 6, channels: 13, customerTypes: 0, typologies: 4, productDomains: 3, scenarios: 2,
      matrixCells: 0, journeys: 0, journeySteps: 0, schemaVersion: LATEST_VERSION,
    });
    expect((await run('info', `${file}.channelwise`)).out).toMatch(/Channels\s+13/);
    expect((await run('new', tmp.file('empty.channelwise'), '--empty', '--lang', 'nl')).code).toBe(0);
    expect(JSON.parse((await run('info', tmp.file('empty.channelwise'), '--json')).out).phases).toBe(0);
  });

  it('checks a sound workspace with exit 0 and a damaged one with exit 1', async () => {
    const run = cli(join(tmp.dir(), 'home'));
    const file = tmp.file('a.channelwise');
    await run('new', file);
    expect(await run('check', file)).toMatchObject({ code: 0, out: expect.stringContaining('is sound') });
    const bytes = readFileSync(file);
    for (let i = 100; i < Math.min(bytes.length, 12000); i++) bytes[i] = (i * 13) & 0xff;
    writeFileSync(file, bytes);
    const result = await run('check', file);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toContain('is damaged');
  });

  it('round-trips JSON: export, import into a new file, export again gives identical JSON', async () => {
    const run = cli(join(tmp.dir(), 'home'));
    const file = tmp.file('a.channelwise');
    await run('new', file);
    const first = tmp.file('a.json');
    const second = tmp.file('b.json');
    expect((await run('export', file, '--format', 'json', '--out', first)).code).toBe(0);
    expect((await run('import', tmp.file('b.channelwise'), '--from', first)).code).toBe(0);
    expect((await run('export', tmp.file('b.channelwise'), '--format', 'json', '--out', second)).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    expect(JSON.parse(readFileSync(first, 'utf8')).tables.phases).toHaveLength(6);
  });

  it('refuses bad JSON without leaving a half-written workspace', async () => {
    const run = cli(join(tmp.dir(), 'home'));
    const bad = tmp.file('bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'channelwise-workspace', version: 1, contentLanguage: 'en', tables: { matrix_cells: [{ id: 'x', role: 9 }] } }));
    const result = await run('import', tmp.file('new.channelwise'), '--from', bad);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^channelwise: That JSON file is not a Channelwise export/);
    expect(() => statSync(tmp.file('new.channelwise'))).toThrow();
    writeFileSync(bad, '{ not json');
    expect((await run('import', tmp.file('new.channelwise'), '--from', bad)).code).toBe(1);
  });

  it('writes backups to the backup folder or to a given path', async () => {
    const run = cli(join(tmp.dir(), 'home'));
    const file = tmp.file('a.channelwise');
    await run('new', file);
    const result = await run('backup', file);
    expect(result.code).toBe(0);
    expect(result.out).toContain(join(tmp.dir(), 'home', 'backups'));
    expect((await run('backup', file, '--out', tmp.file('copy.channelwise'))).code).toBe(0);
    expect((await run('check', tmp.file('copy.channelwise'))).code).toBe(0);
  });

  it('gives one translated line and a non-zero exit for bad input', async () => {
    const en = cli(join(tmp.dir(), 'home'));
    const nl = cli(join(tmp.dir(), 'home'), 'nl_NL.UTF-8');
    const text = tmp.file('text.channelwise');
    writeFileSync(text, 'hello');
    const cases: [string[], RegExp][] = [
      [['info', tmp.file('missing.channelwise')], /There is no file at/],
      [['info', text], /is not a Channelwise workspace/],
      [['export', text, '--format', 'json', '--out', tmp.file('x.json')], /not a Channelwise workspace/],
    ];
    for (const [args, message] of cases) {
      const result = await en(...args);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(message);
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
    expect((await nl('info', tmp.file('missing.channelwise'))).err).toMatch(/Er is geen bestand op/);
    expect((await en('new', tmp.file('x'), '--lang', 'fr')).code).toBe(2);
    expect((await en('export', text, '--format', 'docx', '--out', tmp.file('x.pdf'))).code).toBe(2);
    expect((await en('frobnicate')).code).toBe(2);
    expect((await en('new', text)).err).toMatch(/already exists/);
  });

  it('imports a matrix sheet into a workspace: Dutch CSV, unknown names skipped or created', async () => {
    const run = cli(join(tmp.dir(), 'home'));
    const file = tmp.file('plan.channelwise');
    await run('new', file);
    const sheet = tmp.file('matrix.csv');
    writeFileSync(sheet, '\ufeffFase;Winkel;Website;Podcast\r\nAantrekken;leidend;2;1\r\nInformeren;;belangrijk;3\r\n');
    const skipped = await run('import', file, '--matrix', sheet);
    expect(skipped).toMatchObject({ code: 0 });
    expect(skipped.err).toBe('Skipped, not in the workspace (add them with --create-missing): “Podcast”');
    expect(skipped.out).toBe(
      'Imported matrix.csv into As-is / All customers: 3 cells set, 2 skipped.',
    );
    const created = await run('import', file, '--matrix', sheet, '--scenario', 'to-be', '--lens', 'Diensten', '--create-missing');
    expect(created.out).toBe('Imported matrix.csv into To-be / Services: 5 cells set, 1 channel created.');
    expect(JSON.parse((await run('info', file, '--json')).out)).toMatchObject({ channels: 14, matrixCells: 8 });
  });

  it('exports the matrix as XLSX and CSV, and the export imports back', async () => {
    const run = cli(join(tmp.dir(), 'home'));
    const file = tmp.file('plan.channelwise');
    await run('new', file);
    writeFileSync(tmp.file('m.csv'), 'Phase,Store,Website\nAttract,3,1\nInform,,2\n');
    await run('import', file, '--matrix', tmp.file('m.csv'));
    const xlsx = tmp.file('view.xlsx');
    expect(await run('export', file, '--format', 'xlsx', '--out', xlsx, '--scenario', 'As-is')).toMatchObject({ code: 0, out: `Wrote ${xlsx}` });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const again = await run('import', file, '--matrix', xlsx, '--scenario', 'To-be');
    expect(again.out).toBe('Imported view.xlsx into To-be / All customers: 3 cells set.');
    expect((await run('import', file, '--matrix', xlsx)).out).toMatch(/: 0 cells set, 3 already right\.$/);
    const all = tmp.file('all.csv');
    expect((await run('export', file, '--format', 'csv', '--out', all, '--delimiter', 'tab')).code).toBe(0);
    expect(readFileSync(all, 'utf8').split('\r\n').slice(0, 2)).toEqual([
      '\ufeffscenario\tlens\tphase\tchannel\trole\tnote\tevidence',
      'As-is\tAll customers\tAttract\tStore\t3\t\t',
    ]);
    expect((await run('export', file, '--format', 'xlsx', '--out', tmp.file('all.xlsx'))).code).toBe(0);
    expect((await run('import', file, '--matrix', tmp.file('all.xlsx'), '--sheet', 'To-be - All customers')).out).toMatch(/0 cells set, 3 already right/);
  });

  it('refuses bad matrix input with one translated line and nothing written', async () => {
    const en = cli(join(tmp.dir(), 'home'));
    const nl = cli(join(tmp.dir(), 'home'), 'nl_NL.UTF-8');
    const file = tmp.file('plan.channelwise');
    await en('new', file);
    const write = (name: string, content: string | Buffer) => {
      writeFileSync(tmp.file(name), content);
      return tmp.file(name);
    };
    const cases: [string[], RegExp][] = [
      [['--matrix', write('bad.csv', 'Phase;Store;Web\nAttract;7;x\n')], /^channelwise: 2 cell\(s\) do not hold a role: B2: 7, C2: x\./],
      [['--matrix', write('f.csv', 'Phase;Store\nAttract;=1+1\n')], /A formula was found in B2/],
      [['--matrix', write('dup.csv', 'Phase;Store;store\nAttract;1;2\n')], /The channel “Store” has more than one column \(B1, C1\)/],
      [['--matrix', write('fake.xlsx', 'not a zip')], /could not be read/],
      [['--matrix', write('big.csv', Buffer.alloc(4 * 1024 * 1024, 0x41))], /is 4 MB; files up to 3 MB/],
      [['--matrix', write('ok.csv', 'Phase;Store\nAttract;1\n'), '--scenario', 'Future'], /There is no scenario “Future”. Scenarios: As-is, To-be\./],
      [['--matrix', tmp.file('ok.csv'), '--lens', 'Nobody'], /There is no lens “Nobody”/],
      [['--matrix', tmp.file('missing.csv')], /There is no file at/],
    ];
    for (const [args, message] of cases) {
      const result = await en('import', file, ...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err).toMatch(message);
      expect(result.err.split('\n')).toHaveLength(1);
    }
    expect((await nl('import', file, '--matrix', tmp.file('bad.csv'))).err).toMatch(/2 cel\(len\) bevatten geen rol/);
    expect(JSON.parse((await en('info', file, '--json')).out).matrixCells).toBe(0);
    expect((await en('import', file)).code).toBe(2);
    expect((await en('import', file, '--from', 'a.json', '--matrix', 'b.csv')).code).toBe(2);
    expect((await en('export', file, '--format', 'csv', '--out', tmp.file('x.csv'), '--delimiter', '|')).code).toBe(2);
  });

  it('prints help for every command with exit 0', async () => {
    const run = cli(join(tmp.dir(), 'home'));
    for (const command of ['new', 'info', 'check', 'export', 'import', 'backup', 'serve']) {
      const result = await run(command, '--help');
      expect(result.code).toBe(0);
      expect(result.out).toContain(`Usage: channelwise ${command}`);
    }
  });
});
