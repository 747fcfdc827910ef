import type Database from 'better-sqlite3';
import type { VoteItemKind, VoteSession } from '@shared/domain/workshop';
import type { TableRow } from '../db/tables';
import { rowsOf, selectRows, statementOf } from '../db/typed';

export function toSession(row: TableRow<'vote_sessions'>): VoteSession {
  return {
    id: row.id,
    title: row.title,
    targetKind: row.target_kind,
    dotsPerParticipant: row.dots_per_participant,
    status: row.status,
    createdAt: row.created_at,
  };
}

/** The columns of a vote the sessions read. */
type VoteFields = Pick<TableRow<'votes'>, 'id' | 'participant_id' | 'item_kind' | 'item_id' | 'dots'>;

export interface VoteRow {
  id: string;
  participantId: string;
  itemKind: VoteItemKind;
  itemId: string;
  dots: number;
}

/** Reads of vote_sessions, participants and votes; every write goes through the journal. */
export class VoteRepo {
  private readonly sessionStmt: Database.Statement<unknown[], TableRow<'vote_sessions'>>;
  private readonly votesStmt: Database.Statement<unknown[], VoteFields>;
  private readonly mineStmt: Database.Statement<unknown[], VoteFields>;
  private readonly participantStmt: Database.Statement<unknown[], TableRow<'participants'>>;

  constructor(private readonly db: Database.Database) {
    this.sessionStmt = rowsOf('vote_sessions', db.prepare('SELECT * FROM vote_sessions WHERE id = ? AND deleted = 0'));
    this.votesStmt = statementOf<VoteFields>(
      db,
      'SELECT id, participant_id, item_kind, item_id, dots FROM votes WHERE session_id = ? AND deleted = 0 AND dots > 0',
    );
    this.mineStmt = statementOf<VoteFields>(
      db,
      'SELECT id, participant_id, item_kind, item_id, dots FROM votes WHERE session_id = ? AND participant_id = ? AND deleted = 0 AND dots > 0',
    );
    this.participantStmt = rowsOf('participants', db.prepare('SELECT * FROM participants WHERE id = ? AND deleted = 0'));
  }

  session(id: string): VoteSession | null {
    const row = this.sessionStmt.get(id);
    return row ? toSession(row) : null;
  }

  sessions(): VoteSession[] {
    return selectRows(this.db, 'vote_sessions', 'SELECT * FROM vote_sessions WHERE deleted = 0 ORDER BY created_at DESC, id DESC').map(toSession);
  }

  /** Rows with at least one dot. */
  votes(sessionId: string): VoteRow[] {
    return this.votesStmt.all(sessionId).map(toVote);
  }

  votesOf(sessionId: string, participantId: string): VoteRow[] {
    return this.mineStmt.all(sessionId, participantId).map(toVote);
  }

  participant(id: string): { id: string; displayName: string; joinedAt: string } | null {
    const row = this.participantStmt.get(id);
    return row ? { id: row.id, displayName: row.display_name, joinedAt: row.joined_at } : null;
  }
}

function toVote(row: VoteFields): VoteRow {
  // votes.item_kind has no CHECK in the schema (so TableRow reads it as any string);
  // the vote service writes only the kinds it validated.
  const itemKind = row.item_kind as VoteItemKind;
  return { id: row.id, participantId: row.participant_id, itemKind, itemId: row.item_id, dots: row.dots };
}
