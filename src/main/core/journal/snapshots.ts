import { gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '@shared/errors';
import type { SnapshotInfo } from '@shared/domain/types';
import { TABLE_ORDER, type Row, type TableName } from '../db/tables';
import type { Journal } from './journal';

type Content = Partial<Record<TableName, Row[]>>;

/** Every synced row, tombstones included: the full state a snapshot or export starts from. */
export function readAllRows(db: Database.Database): Content {
  const content: Content = {};
  for (const table of TABLE_ORDER) content[table] = db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Row[];
  return content;
}

/**
 * Named snapshots ("before the workshop"): the content is stored compressed in
 * the file itself; restoring writes the differences as one undoable action.
 */
export class Snapshots {
  constructor(
    private readonly db: Database.Database,
    private readonly journal: Journal,
  ) {}

  list(): SnapshotInfo[] {
    return (
      this.db
        .prepare('SELECT id, name, created_at FROM snapshots WHERE deleted = 0 ORDER BY created_at DESC, id DESC')
        .all() as { id: string; name: string; created_at: string }[]
    ).map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
  }

  create(name: string): SnapshotInfo {
    const id = uuidv7();
    const createdAt = new Date().toISOString();
    const content = gzipSync(JSON.stringify(readAllRows(this.db)));
    const seq = this.db.prepare('SELECT max(seq) FROM journal_txns').pluck().get() as number | null;
    this.db
      .prepare('INSERT INTO snapshots (id, name, created_at, txn_seq, content) VALUES (?, ?, ?, ?, ?)')
      .run(id, name, createdAt, seq, content);
    return { id, name, createdAt };
  }

  delete(id: string): void {
    const changes = this.db.prepare('UPDATE snapshots SET deleted = 1 WHERE id = ? AND deleted = 0').run(id).changes;
    if (changes === 0) throw new AppError('NOT_FOUND', `No snapshot ${id}`, { id });
  }

  restore(id: string): void {
    const row = this.db.prepare('SELECT name, content FROM snapshots WHERE id = ? AND deleted = 0').get(id) as
      | { name: string; content: Buffer }
      | undefined;
    if (!row) throw new AppError('NOT_FOUND', `No snapshot ${id}`, { id });
    const target = JSON.parse(gunzipSync(row.content).toString('utf8')) as Content;
    const current = readAllRows(this.db);
    this.journal.run({ kind: 'restore', label: { key: 'history.restore', params: { name: row.name } }, undoable: true }, (w) => {
      for (const table of TABLE_ORDER) {
        const now = new Map((current[table] ?? []).map((r) => [String(r.id), r]));
        const wanted = target[table] ?? [];
        const wantedIds = new Set<string>();
        for (const r of wanted) {
          wantedIds.add(String(r.id));
          w.put(table, r, now.get(String(r.id)) ?? null);
        }
        // Rows made after the snapshot are tombstoned, so the restore itself can be undone.
        for (const [rowId, r] of now) if (!wantedIds.has(rowId) && r.deleted === 0) w.update(table, rowId, { deleted: 1 }, r);
      }
    });
  }
}
