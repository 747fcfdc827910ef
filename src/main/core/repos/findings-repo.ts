import type Database from 'better-sqlite3';
import type { TableRow } from '../db/tables';
import { statementOf } from '../db/typed';

type Threshold = Pick<TableRow<'findings_thresholds'>, 'key' | 'value'>;

/** Reads of the findings thresholds table (writes go through the journal in the service). */
export class FindingsRepo {
  private readonly live: Database.Statement<unknown[], Threshold>;

  constructor(db: Database.Database) {
    this.live = statementOf<Threshold>(db, 'SELECT key, value FROM findings_thresholds WHERE deleted = 0 ORDER BY key');
  }

  /** Tuned thresholds by key, as stored (the caller decides what is valid). */
  storedThresholds(): Record<string, number> {
    const rows = this.live.all();
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  }
}
