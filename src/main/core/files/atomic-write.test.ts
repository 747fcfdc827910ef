import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp';
import { atomicProduce, atomicWriteFileSync, isTempName, STALE_TEMP_MS, sweepStaleTemps, tempPathFor } from './atomic-write';

describe('atomic writes', () => {
  const tmp = useTempDir();

  it('writes a new file and replaces an old one, leaving no temporary file', () => {
    const target = tmp.file('deck.pptx');
    atomicWriteFileSync(target, 'first');
    atomicWriteFileSync(target, Buffer.from('second'));
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(tmp.dir())).toEqual(['deck.pptx']);
  });

  it('refuses to replace a file when asked not to, and keeps it', () => {
    const target = tmp.file('copy.channelwise');
    writeFileSync(target, 'mine');
    expect(() => atomicWriteFileSync(target, 'theirs', { noClobber: true })).toThrow(expect.objectContaining({ code: 'FILE_EXISTS' }));
    expect(readFileSync(target, 'utf8')).toBe('mine');
    expect(readdirSync(tmp.dir())).toEqual(['copy.channelwise']);
  });

  it('keeps the old file and removes the temporary one when the producer fails', () => {
    const target = tmp.file('report.pdf');
    writeFileSync(target, 'old');
    expect(() =>
      atomicProduce(target, (temp) => {
        writeFileSync(temp, 'half');
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(tmp.dir())).toEqual(['report.pdf']);
  });

  it('names temporary files recognisably, beside the target', () => {
    const temp = tempPathFor(join(tmp.dir(), 'plan.xlsx'));
    expect(temp.startsWith(join(tmp.dir(), '.~cw-plan.xlsx.'))).toBe(true);
    expect(isTempName(temp.split('/').pop()!)).toBe(true);
    expect(isTempName(`${temp.split('/').pop()!}-wal`)).toBe(true);
    expect(isTempName('plan.xlsx')).toBe(false);
    expect(isTempName('.~lock.plan.xlsx#')).toBe(false);
  });

  it('sweeps temporary files older than an hour, and nothing else', () => {
    const dir = tmp.dir();
    const old = tempPathFor(join(dir, 'a.json'));
    const fresh = tempPathFor(join(dir, 'b.json'));
    writeFileSync(old, 'x');
    writeFileSync(`${old}-wal`, 'x');
    writeFileSync(fresh, 'x');
    writeFileSync(join(dir, 'keep.tmp'), 'x');
    const past = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    for (const p of [old, `${old}-wal`, join(dir, 'keep.tmp')]) utimesSync(p, past, past);
    expect(sweepStaleTemps(dir)).toBe(2);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(join(dir, 'keep.tmp'))).toBe(true);
  });
});
