import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp';

const CONTENDERS = 50;
// More rounds: CW_LOCK_RACE_ROUNDS=500 npx vitest run src/main/core/db/lock-race.test.ts
const ROUNDS = Number(process.env.CW_LOCK_RACE_ROUNDS ?? 20);

/** A contender: for every line `go <path>` it tries to take the lock and answers owner, locked or error. */
const CONTENDER = `
import { createInterface } from 'node:readline';
const { acquireLock } = await import(process.argv[2]);
createInterface({ input: process.stdin }).on('line', (line) => {
  const path = line.slice(3);
  try {
    acquireLock(path);
    process.stdout.write('owner\\n');
  } catch (err) {
    process.stdout.write((err && err.code === 'WORKSPACE_LOCKED' ? 'locked' : 'error ' + String(err)) + '\\n');
  }
});
process.stdout.write('ready\\n');
`;

function lines(child: { stdout: NodeJS.ReadableStream & { setEncoding(e: BufferEncoding): unknown } }): () => Promise<string> {
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      const next = waiting.shift();
      if (next) next(line);
      else queue.push(line);
    }
  });
  return () => new Promise((res) => (queue.length > 0 ? res(queue.shift()!) : waiting.push(res)));
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((res) => child.once('exit', res));
  return child.pid!;
}

// Many processes start together on a lock left by a crashed process (as after
// any crash when a user double-clicks twice, or a script opens in parallel):
// exactly one may become the owner, every round.
describe('lock race', () => {
  const tmp = useTempDir();

  it(`${CONTENDERS} processes on a stale lock: exactly one owner, ${ROUNDS} rounds`, { timeout: 120_000 }, async () => {
    const dir = tmp.dir();
    const bundle = join(dir, 'lock.mjs');
    buildSync({
      entryPoints: [resolve(import.meta.dirname, 'lock.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: bundle,
      alias: { '@shared': resolve(import.meta.dirname, '../../../shared') },
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'contender.mjs'), CONTENDER);
    const children = Array.from({ length: CONTENDERS }, () =>
      spawn(process.execPath, [join(dir, 'contender.mjs'), bundle], { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    const readers = children.map(lines);
    try {
      expect(await Promise.all(readers.map((next) => next()))).toEqual(Array(CONTENDERS).fill('ready'));
      const dead = await deadPid();
      for (let round = 0; round < ROUNDS; round++) {
        const path = join(dir, `w${round}.channelwise`);
        // Odd rounds: a lock left by a crash; even rounds: no lock at all.
        if (round % 2 === 1) writeFileSync(`${path}.lock`, JSON.stringify({ pid: dead, host: hostname(), user: 'x', since: '2026-01-01T00:00:00Z' }));
        for (const child of children) child.stdin.write(`go ${path}\n`);
        const answers = await Promise.all(readers.map((next) => next()));
        expect(answers.filter((a) => a.startsWith('error'))).toEqual([]);
        expect(answers.filter((a) => a === 'owner')).toHaveLength(1);
        expect(existsSync(`${path}.lock.takeover`)).toBe(false);
      }
    } finally {
      for (const child of children) child.kill();
    }
  });
});
