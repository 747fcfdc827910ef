import type Database from 'better-sqlite3';
import type { VoteItemKind, VoteSession, VoteStatus } from '@shared/domain/workshop';
import type { Row } from '../db/tables';

export function toSession(row: Row): VoteSession {
  return {
    id: String(row.id),
    title: String(row.title),
    targetKind: String(row.target_kind) as VoteItemKind,
    dotsPerParticipant: Number(row.dots_per_participant),
    status: String(row.status) as VoteStatus,
    createdAt: String(row.created_at),
  };
}

export interface VoteRow {
  id: string;
  participantId: string;
  itemKind: VoteItemKind;
  itemId: string;
  dots: number;
}

/** Reads of vote_sessions, participants and votes; every write goes through the journal. */
export class VoteRepo {
  private readonly sessionStmt: Database.Statement;
  private readonly votesStmt: Database.Statement;
  private readonly mineStmt: Database.Statement;
  private readonly participantStmt: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.sessionStmt = db.prepare('SELECT * FROM vote_sessions WHERE id = ? AND deleted = 0');
    this.votesStmt = db.prepare(
      'SELECT id, participant_id, item_kind, item_id, dots FROM votes WHERE session_id = ? AND deleted = 0 AND dots > 0',
    );
    this.mineStmt = db.prepare(
      'SELECT id, participant_id, item_kind, item_id, dots FROM votes WHERE session_id = ? AND participant_id = ? AND deleted = 0 AND dots > 0',
    );
    this.participantStmt = db.prepare('SELECT * FROM participants WHERE id = ? AND deleted = 0');
  }

  session(id: string): VoteSession | null {
    const row = this.sessionStmt.get(id) as Row | undefined;
    return row ? toSession(row) : null;
  }

  sessions(): VoteSession[] {
    const rows = this.db
      .prepare('SELECT * FROM vote_sessions WHERE deleted = 0 ORDER BY created_at DESC, id DESC')
      .all() as Row[];
    return rows.map(toSession);
  }

  /** Rows with at least one dot. */
  votes(sessionId: string): VoteRow[] {
    return (this.votesStmt.all(sessionId) as Row[]).map(toVote);
  }

  votesOf(sessionId: string, participantId: string): VoteRow[] {
    return (this.mineStmt.all(sessionId, participantId) as Row[]).map(toVote);
  }

  participant(id: string): { id: string; displayName: string; joinedAt: string } | null {
    const row = this.participantStmt.get(id) as Row | undefined;
    return row ? { id: String(row.id), displayName: String(row.display_name), joinedAt: String(row.joined_at) } : null;
  }
}

function toVote(row: Row): VoteRow {
  return {
    id: String(row.id),
    participantId: String(row.participant_id),
    itemKind: String(row.item_kind) as VoteItemKind,
    itemId: String(row.item_id),
    dots: Number(row.dots),
  };
}
