/** The history part of the contract: undo/redo that survives a restart, and named snapshots. */
import { z } from 'zod';
import type { HistoryEntry, HistoryState, SnapshotInfo } from '../domain/types';
import { HISTORY_AREAS } from '../history/areas';
import { command, empty, idSchema, nameSchema, query } from './define';

export const historyMethods = {
  'history.state': query<HistoryState>()(empty),
  /**
   * The newest `limit` entries (of one area when given); the panel asks for
   * more a page at a time, back to the first change.
   */
  'history.list': query<HistoryEntry[]>()(
    z.object({ limit: z.number().int().min(1).max(1_000_000), area: z.enum(HISTORY_AREAS).optional() }).strict(),
  ),
  /** force: undo even though a teammate has changed the same field since (the user was told and chose so). */
  'history.undo': command<HistoryState>()(z.object({ force: z.boolean().optional() }).strict()),
  'history.redo': command<HistoryState>()(empty),
  'snapshots.list': query<SnapshotInfo[]>()(empty),
  'snapshots.create': command<SnapshotInfo>()(z.object({ name: nameSchema }).strict()),
  'snapshots.restore': command<HistoryState>()(z.object({ id: idSchema }).strict()),
  'snapshots.delete': command<null>()(z.object({ id: idSchema }).strict()),
} as const;

/**
 * Not a synced table: snapshots are not journaled (they are not content), so
 * the history handlers announce a change to them under this name.
 */
export const SNAPSHOTS_TABLE = 'snapshots';
