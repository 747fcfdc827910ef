import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '../core/testing/temp';
import { runCli } from './program';

function cli(home: string, lang = 'en_GB.UTF-8') {
  return async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { CHANNELWISE_HOME: home, LANG: lang } });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}

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
      matrixCells: 0, journeys: 0, journeySteps: 0, schemaVersion: 1,
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
    expect((await en('export', text, '--format', 'pdf', '--out', tmp.file('x.pdf'))).code).toBe(2);
    expect((await en('frobnicate')).code).toBe(2);
    expect((await en('new', text)).err).toMatch(/already exists/);
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
