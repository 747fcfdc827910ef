import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { useTempDir } from '../testing/temp';
import type { Workspace } from '../workspace';
import { GroupCommit } from './group-commit';

/** A group commit whose window the test closes by hand. */
function manual(ws: Workspace) {
  const flushes: (() => void)[] = [];
  const commits = new GroupCommit(ws.journal, (flush) => flushes.push(flush));
  return { commits, closeWindow: () => flushes.splice(0).forEach((flush) => flush()) };
}

const addPhase = (ws: Workspace, name: string) => () => ws.catalog.create('phase', name).id;
const txns = (ws: Workspace) => ws.db.prepare('SELECT count(*) FROM journal_txns').pluck().get() as number;

describe('group commit', () => {
  const tmp = useTempDir();

  it('commits a burst of steps in one transaction, each with its own journal entry and one event', async () => {
    const ws = tmp.create();
    const { commits, closeWindow } = manual(ws);
    const events: string[][] = [];
    ws.journal.onCommit((tables) => events.push([...tables]));
    const before = txns(ws);

    const settled: string[] = [];
    const ids = Array.from({ length: 25 }, (_, i) => commits.submit(addPhase(ws, `Phase ${i}`)).then((id) => (settled.push(id), id)));
    await Promise.resolve();
    expect(settled).toEqual([]);
    expect(ws.catalogRepo.catalog().phases.some((p) => p.name === 'Phase 0')).toBe(false);

    closeWindow();
    const created = await Promise.all(ids);
    expect(commits.stats()).toEqual({ transactions: 1, steps: 25 });
    expect(new Set(created).size).toBe(25);
    expect(txns(ws) - before).toBe(25);
    expect(events).toEqual([['phases']]);
  });

  it('answers only after the commit: another connection already sees the write', async () => {
    const ws = tmp.create();
    const { commits, closeWindow } = manual(ws);
    const reader = new Database(ws.path, { readonly: true });
    try {
      const seen = commits.submit(addPhase(ws, 'Durable')).then((id) => reader.prepare('SELECT name FROM phases WHERE id = ?').pluck().get(id));
      closeWindow();
      expect(await seen).toBe('Durable');
    } finally {
      reader.close();
    }
  });

  it('rolls back a failing step alone and rejects only its promise', async () => {
    const ws = tmp.create();
    const { commits, closeWindow } = manual(ws);
    const good = commits.submit(addPhase(ws, 'Kept'));
    const bad = commits.submit(() => {
      ws.catalog.create('phase', 'Half done');
      throw new AppError('VALIDATION', 'refused after a write');
    });
    const alsoGood = commits.submit(addPhase(ws, 'Also kept'));
    closeWindow();
    await expect(bad).rejects.toMatchObject({ code: 'VALIDATION' });
    await Promise.all([good, alsoGood]);
    const names = ws.catalogRepo.catalog().phases.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Kept', 'Also kept']));
    expect(names).not.toContain('Half done');
    expect(commits.stats()).toEqual({ transactions: 1, steps: 3 });
  });

  it('groups what arrives while it commits into the next transaction', async () => {
    const ws = tmp.create();
    const { commits, closeWindow } = manual(ws);
    const first = commits.submit(() => {
      // A request that arrives while this group commits waits for the next one.
      void commits.submit(addPhase(ws, 'Late'));
      return addPhase(ws, 'Early')();
    });
    closeWindow();
    await first;
    expect(commits.stats()).toEqual({ transactions: 1, steps: 1 });
    closeWindow();
    await Promise.resolve();
    expect(commits.stats()).toEqual({ transactions: 2, steps: 2 });
  });

  it('answers what is still queued when the workspace closes', async () => {
    const ws = tmp.create();
    const commits = ws.groupCommit;
    const id = commits.submit(addPhase(ws, 'Last word'));
    ws.close();
    await expect(id).resolves.toEqual(expect.any(String));
    expect(commits.stats()).toEqual({ transactions: 1, steps: 1 });
  });

  it('rejects every step of a group whose commit fails: nothing is acknowledged that was not saved', async () => {
    const commits = new GroupCommit({
      batch: () => {
        throw new AppError('IO_ERROR', 'disk full');
      },
    }, (flush) => flush());
    const answers = await Promise.allSettled([commits.submit(() => 1), commits.submit(() => 2)]);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    expect(commits.stats()).toEqual({ transactions: 0, steps: 0 });
  });
});
