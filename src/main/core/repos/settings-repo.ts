import type Database from 'better-sqlite3';
import type { TableRow } from '../db/tables';
import { statementOf } from '../db/typed';

/** Reads of the workspace settings table (writes go through the journal in the service). */
export class SettingsRepo {
  private readonly one: Database.Statement<unknown[], TableRow<'workspace_settings'>['value']>;

  constructor(db: Database.Database) {
    this.one = statementOf<TableRow<'workspace_settings'>['value']>(db, 'SELECT value FROM workspace_settings WHERE key = ? AND deleted = 0').pluck();
  }

  /** A setting as stored, or undefined when the workspace keeps the default (the caller decides what is valid). */
  stored(key: string): string | undefined {
    return this.one.get(key);
  }
}
