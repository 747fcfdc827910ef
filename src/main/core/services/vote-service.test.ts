import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { cellItemId, type VoteItem } from '@shared/domain/workshop';
import { CatalogRepo } from '../repos/catalog-repo';
import { VoteRepo } from '../repos/vote-repo';
import { useTempDir } from '../testing/temp';
import type { Workspace } from '../workspace';
import { VoteService } from './vote-service';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : `not an AppError: ${String(err)}`;
  }
  return undefined;
};

function setup(ws: Workspace) {
  const votes = new VoteService(new VoteRepo(ws.db), new CatalogRepo(ws.db), ws.journal);
  const { phases, channels, scenarios } = ws.catalogRepo.catalog();
  const items: VoteItem[] = channels.slice(0, 4).map((c) => ({
    kind: 'cell',
    id: cellItemId(scenarios[0]!.id, { kind: 'all' }, phases[0]!.id, c.id),
    label: `${phases[0]!.name} × ${c.name}`,
  }));
  return { votes, items };
}

const ops = (ws: Workspace) => ws.db.prepare('SELECT count(*) FROM journal_ops').pluck().get() as number;

describe('vote service', () => {
  const tmp = useTempDir();

  it('counts dots per item and participant, most dots first', () => {
    const ws = tmp.create();
    const { votes, items } = setup(ws);
    const session = votes.open('  Where do we invest? ', items, 3);
    expect(session).toMatchObject({ title: 'Where do we invest?', targetKind: 'cell', status: 'open', dotsPerParticipant: 3 });
    const ann = votes.join(' Ann ');
    const bob = votes.join('Bob');
    expect(ann.displayName).toBe('Ann');
    votes.setDots(session.id, ann.id, items[1]!, 2);
    votes.setDots(session.id, ann.id, items[2]!, 1);
    votes.setDots(session.id, bob.id, items[1]!, 1);
    const tally = votes.tally(session.id, items);
    expect(tally.dotsCast).toBe(4);
    expect(tally.voters).toBe(2);
    expect(tally.totals.map((t) => [t.label, t.dots, t.voters])).toEqual([
      [items[1]!.label, 3, 2],
      [items[2]!.label, 1, 1],
      [items[0]!.label, 0, 0],
      [items[3]!.label, 0, 0],
    ].sort((a, b) => Number(b[1]) - Number(a[1]) || String(a[0]).localeCompare(String(b[0]))));
    expect(votes.dotsByParticipant(session.id)).toEqual(new Map([[ann.id, 3], [bob.id, 1]]));
  });

  it('is idempotent: the same request twice counts once and writes once', () => {
    const ws = tmp.create();
    const { votes, items } = setup(ws);
    const session = votes.open('Vote', items, 5);
    const ann = votes.join('Ann');
    votes.setDots(session.id, ann.id, items[0]!, 2);
    const after = ops(ws);
    votes.setDots(session.id, ann.id, items[0]!, 2);
    expect(ops(ws)).toBe(after);
    expect(votes.tally(session.id, null).dotsCast).toBe(2);
    // Removing goes back to the same single row.
    votes.setDots(session.id, ann.id, items[0]!, 0);
    votes.setDots(session.id, ann.id, items[0]!, 0);
    expect(votes.tally(session.id, null).dotsCast).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM votes').pluck().get()).toBe(1);
  });

  it('keeps every participant within their dots and refuses closed votes, writing nothing', () => {
    const ws = tmp.create();
    const { votes, items } = setup(ws);
    const session = votes.open('Vote', items, 3);
    const ann = votes.join('Ann');
    votes.setDots(session.id, ann.id, items[0]!, 2);
    const before = ops(ws);
    expect(codeOf(() => votes.setDots(session.id, ann.id, items[1]!, 2))).toBe('VOTE_NO_DOTS_LEFT');
    expect(codeOf(() => votes.setDots(session.id, ann.id, items[0]!, 4))).toBe('VOTE_NO_DOTS_LEFT');
    expect(codeOf(() => votes.setDots(session.id, 'nobody', items[1]!, 1))).toBe('PARTICIPANT_UNKNOWN');
    expect(ops(ws)).toBe(before);
    votes.setDots(session.id, ann.id, items[0]!, 3);
    votes.close(session.id);
    expect(codeOf(() => votes.setDots(session.id, ann.id, items[0]!, 1))).toBe('VOTE_NOT_OPEN');
    expect(votes.tally(session.id, null).dotsCast).toBe(3);
  });

  it('shows results only once revealed, and names cells again from the workspace', () => {
    const ws = tmp.create();
    const { votes, items } = setup(ws);
    const session = votes.open('Vote', items, 2);
    const ann = votes.join('Ann');
    votes.setDots(session.id, ann.id, items[3]!, 2);
    expect(codeOf(() => votes.results(session.id, items))).toBe('VOTE_NOT_REVEALED');
    votes.close(session.id);
    expect(codeOf(() => votes.results(session.id, items))).toBe('VOTE_NOT_REVEALED');
    expect(votes.reveal(session.id).status).toBe('revealed');
    // Without the live item list (after a restart) the label comes from the phase and channel names.
    const saved = votes.results(session.id, null);
    expect(saved.totals).toEqual([{ kind: 'cell', id: items[3]!.id, label: items[3]!.label, dots: 2, voters: 1 }]);
    expect(votes.list().map((s) => s.id)).toEqual([session.id]);
  });

  it('refuses bad names and mixed or duplicate items', () => {
    const ws = tmp.create();
    const { votes, items } = setup(ws);
    expect(codeOf(() => votes.join('   '))).toBe('DISPLAY_NAME_INVALID');
    expect(codeOf(() => votes.join('x'.repeat(41)))).toBe('DISPLAY_NAME_INVALID');
    expect(votes.join('x'.repeat(40)).displayName).toHaveLength(40);
    expect(codeOf(() => votes.open('', items, 2))).toBe('NAME_EMPTY');
    expect(codeOf(() => votes.open('V', [items[0]!, items[0]!], 2))).toBe('VOTE_DUPLICATE_ITEM');
    expect(codeOf(() => votes.open('V', [items[0]!, { kind: 'finding', id: 'f', label: 'F' }], 2))).toBe('VOTE_MIXED_ITEMS');
    expect(votes.list()).toEqual([]);
  });

  it('journals votes without touching the undo chain', () => {
    const ws = tmp.create();
    const { votes, items } = setup(ws);
    const store = ws.catalogRepo.catalog().channels[0]!;
    ws.catalog.update(store.id, { kind: 'channel', name: 'Flagship' });
    const undoBefore = ws.history.state().undoLabel;
    const session = votes.open('Vote', items, 2);
    votes.setDots(session.id, votes.join('Ann').id, items[0]!, 1);
    expect(ws.history.state().undoLabel).toEqual(undoBefore);
    ws.history.undo();
    expect(ws.catalogRepo.catalog().channels[0]!.name).not.toBe('Flagship');
    expect(votes.tally(session.id, null).dotsCast).toBe(1);
    expect(ws.history.list(3).map((e) => e.label.key)).toContain('history.vote');
  });

  it('shows a room of voters as one history line per run, while the journal keeps every dot', () => {
    const ws = tmp.create();
    const { votes, items } = setup(ws);
    const store = ws.catalogRepo.catalog().channels[0]!;
    ws.catalog.update(store.id, { kind: 'channel', name: 'Flagship' });
    const session = votes.open('Vote', items, 2);
    const people = Array.from({ length: 40 }, (_, i) => votes.join(`P${i}`));
    for (const p of people) {
      votes.setDots(session.id, p.id, items[0]!, 1);
      votes.setDots(session.id, p.id, items[1]!, 1);
    }
    const txns = (key: string) =>
      ws.db.prepare('SELECT count(*) FROM journal_txns WHERE label LIKE ?').pluck().get(`{"key":"${key}"%`) as number;
    expect(txns('history.vote')).toBe(80);
    expect(txns('history.voteJoin')).toBe(40);

    const list = ws.history.list(4);
    expect(list.map((e) => e.label)).toEqual([
      { key: 'history.votes', params: { title: 'Vote', count: 80 } },
      { key: 'history.voteJoins', params: { count: 40 } },
      { key: 'history.voteOpen', params: { name: 'Vote' } },
      expect.objectContaining({ key: 'history.rename' }),
    ]);
    // Undo still takes back the facilitator's rename, never a dot.
    ws.history.undo();
    expect(ws.catalogRepo.catalog().channels[0]!.name).not.toBe('Flagship');
    expect(votes.tally(session.id, null).dotsCast).toBe(80);
    expect(ws.history.list(2).map((e) => e.kind)).toEqual(['undo', 'edit']);
  });
});
