import type Database from 'better-sqlite3';

/** Reads of the findings thresholds table (writes go through the journal in the service). */
export class FindingsRepo {
  private readonly live: Database.Statement;

  constructor(db: Database.Database) {
    this.live = db.prepare('SELECT key, value FROM findings_thresholds WHERE deleted = 0 ORDER BY key');
  }

  /** Tuned thresholds by key, as stored (the caller decides what is valid). */
  storedThresholds(): Record<string, number> {
    const rows = this.live.all() as { key: string; value: number }[];
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  }
}
