import { v7 as uuidv7 } from 'uuid';
import { AppError } from '@shared/errors';
import {
  cellItemLabel,
  cleanDisplayName,
  dotsLeft,
  MAX_DISPLAY_NAME,
  parseCellItemId,
  type VoteItem,
  type VoteResults,
  type VoteSession,
  type VoteTotal,
} from '@shared/domain/workshop';
import type { Journal } from '../journal/journal';
import type { CatalogRepo } from '../repos/catalog-repo';
import type { VoteRepo } from '../repos/vote-repo';
import { derivedId } from '../db/ids';
import type { VoteLabeler } from './vote-labels';
import { cleanName } from './names';

/** A vote row's id comes from its key, so a repeated or merged write lands on the same row. */
export const voteId = (sessionId: string, participantId: string, item: Pick<VoteItem, 'kind' | 'id'>): string =>
  derivedId('vote', sessionId, participantId, item.kind, item.id);

/**
 * Dot votes in the workspace. Every write is journaled (so it syncs and shows
 * in the history, where a run of dots folds into one line) but NOT undoable: Undo in the facilitator's window must
 * never take back a participant's dot, and forty phones voting must not bury
 * the facilitator's own edits in the undo chain.
 */
export class VoteService {
  constructor(
    private readonly repo: VoteRepo,
    private readonly catalog: CatalogRepo,
    private readonly journal: Journal,
    /** Names saved findings and steps again; without it only cells get their names back. */
    private readonly labeler?: () => VoteLabeler,
  ) {}

  open(title: string, items: readonly VoteItem[], dotsPerParticipant: number): VoteSession {
    const name = cleanName(title);
    const kind = items[0]?.kind;
    if (!kind) throw new AppError('VALIDATION', 'A vote needs at least one item');
    const seen = new Set<string>();
    for (const item of items) {
      if (item.kind !== kind) throw new AppError('VOTE_MIXED_ITEMS', 'All items of a vote must be of one kind');
      if (seen.has(item.id)) throw new AppError('VOTE_DUPLICATE_ITEM', `Item ${item.id} is listed twice`, { label: item.label });
      seen.add(item.id);
    }
    const id = uuidv7();
    const row = {
      id,
      title: name,
      target_kind: kind,
      dots_per_participant: dotsPerParticipant,
      status: 'open',
      created_at: new Date().toISOString(),
      deleted: 0,
    };
    this.journal.run({ kind: 'edit', label: { key: 'history.voteOpen', params: { name } }, undoable: false }, (w) =>
      w.insert('vote_sessions', row),
    );
    return this.session(id);
  }

  close(id: string): VoteSession {
    const session = this.session(id);
    if (session.status !== 'open') return session;
    return this.setStatus(session, 'closed', 'history.voteClose');
  }

  reveal(id: string): VoteSession {
    const session = this.session(id);
    if (session.status === 'revealed') return session;
    return this.setStatus(session, 'revealed', 'history.voteReveal');
  }

  session(id: string): VoteSession {
    const session = this.repo.session(id);
    if (!session) throw new AppError('NOT_FOUND', `No vote ${id}`, { id });
    return session;
  }

  list(): VoteSession[] {
    return this.repo.sessions();
  }

  participantInfo(id: string): { id: string; displayName: string; joinedAt: string } | null {
    return this.repo.participant(id);
  }

  join(rawName: string): { id: string; displayName: string } {
    const displayName = cleanDisplayName(rawName);
    if (displayName === null) {
      throw new AppError('DISPLAY_NAME_INVALID', 'A display name has 1 to 40 characters', { max: MAX_DISPLAY_NAME });
    }
    const id = uuidv7();
    const row = { id, display_name: displayName, joined_at: new Date().toISOString(), deleted: 0 };
    this.journal.run({ kind: 'edit', label: { key: 'history.voteJoin', params: { name: displayName } }, undoable: false }, (w) =>
      w.insert('participants', row),
    );
    return { id, displayName };
  }

  /**
   * Set how many dots a participant has on one item. Absolute, not +1/-1, so
   * a request repeated by a flaky phone connection changes nothing the second
   * time. The caller checks that the item belongs to the vote.
   */
  setDots(sessionId: string, participantId: string, item: VoteItem, dots: number): number {
    const session = this.session(sessionId);
    if (session.status !== 'open') throw new AppError('VOTE_NOT_OPEN', 'This vote is not open', { id: sessionId });
    const participant = this.repo.participant(participantId);
    if (!participant) throw new AppError('PARTICIPANT_UNKNOWN', 'Unknown participant', { id: participantId });
    if (!Number.isInteger(dots) || dots < 0) throw new AppError('VALIDATION', 'Dots must be a whole number, 0 or more');
    const id = voteId(sessionId, participantId, item);
    const others = this.repo.votesOf(sessionId, participantId).filter((v) => v.id !== id).map((v) => v.dots);
    if (dots > dotsLeft(session.dotsPerParticipant, others)) {
      throw new AppError('VOTE_NO_DOTS_LEFT', 'No dots left', { max: session.dotsPerParticipant });
    }
    // The session id lets the history list fold a run of dots into one line per vote.
    const label = { key: 'history.vote', params: { name: participant.displayName, title: session.title, session: sessionId } };
    this.journal.run({ kind: 'edit', label, undoable: false }, (w) => {
      const existing = w.get('votes', id) ?? null;
      const row = {
        id,
        session_id: sessionId,
        participant_id: participantId,
        item_kind: item.kind,
        item_id: item.id,
        dots,
        deleted: 0,
      };
      // A first "no dots" on an item needs no row at all.
      if (existing || dots > 0) w.put('votes', row, existing);
    });
    return dots;
  }

  /** Dots per item id of one participant in one vote. */
  dotsOf(sessionId: string, participantId: string): Map<string, number> {
    return new Map(this.repo.votesOf(sessionId, participantId).map((v) => [`${v.itemKind}:${v.itemId}`, v.dots]));
  }

  /** Dots each participant has placed in a vote. */
  dotsByParticipant(sessionId: string): Map<string, number> {
    const by = new Map<string, number>();
    for (const v of this.repo.votes(sessionId)) by.set(v.participantId, (by.get(v.participantId) ?? 0) + v.dots);
    return by;
  }

  /**
   * Totals per item. Items of a live vote come with their labels (and zero
   * totals); for a saved vote the labels are found again from the workspace.
   */
  tally(sessionId: string, liveItems: readonly VoteItem[] | null): VoteResults {
    const session = this.session(sessionId);
    const totals = new Map<string, VoteTotal>();
    for (const item of liveItems ?? []) totals.set(`${item.kind}:${item.id}`, { ...item, dots: 0, voters: 0 });
    const voters = new Set<string>();
    let dotsCast = 0;
    let labelOf: VoteLabeler | null = null;
    for (const v of this.repo.votes(sessionId)) {
      const key = `${v.itemKind}:${v.itemId}`;
      let total = totals.get(key);
      if (!total) {
        total = { kind: v.itemKind, id: v.itemId, label: (labelOf ??= this.labelerNow())(v.itemKind, v.itemId), dots: 0, voters: 0 };
        totals.set(key, total);
      }
      total.dots += v.dots;
      total.voters += 1;
      voters.add(v.participantId);
      dotsCast += v.dots;
    }
    const sorted = [...totals.values()].sort((a, b) => b.dots - a.dots || a.label.localeCompare(b.label));
    return { session, totals: sorted, voters: voters.size, dotsCast };
  }

  /** The results, once the facilitator has revealed them. */
  results(sessionId: string, liveItems: readonly VoteItem[] | null): VoteResults {
    const session = this.session(sessionId);
    if (session.status !== 'revealed') throw new AppError('VOTE_NOT_REVEALED', 'The totals are not revealed yet');
    return this.tally(sessionId, liveItems);
  }

  private labelerNow(): VoteLabeler {
    return this.labeler ? this.labeler() : (kind, id) => this.labelOf(kind, id);
  }

  private labelOf(kind: VoteItem['kind'], id: string): string {
    if (kind === 'cell') {
      const key = parseCellItemId(id);
      const phase = key && this.catalog.item('phase', key.phaseId);
      const channel = key && this.catalog.item('channel', key.channelId);
      if (phase && channel) return cellItemLabel(phase.name, channel.name);
    }
    return id;
  }

  private setStatus(session: VoteSession, status: VoteSession['status'], labelKey: string): VoteSession {
    const label = { key: labelKey, params: { name: session.title } };
    this.journal.run({ kind: 'edit', label, undoable: false }, (w) => w.update('vote_sessions', session.id, { status }));
    return this.session(session.id);
  }
}
