import { expect } from 'vitest';
import { AppError, type ErrorCode } from '@shared/errors';
import type { Workspace } from '../workspace';

/** Every stored journey and step row, tombstones included: what "wrote nothing" and "undo restores" compare. */
export function journeyTables(ws: Workspace): unknown {
  return {
    journeys: ws.db.prepare('SELECT * FROM journeys ORDER BY id').all(),
    steps: ws.db.prepare('SELECT * FROM journey_steps ORDER BY id').all(),
    txns: ws.db.prepare('SELECT count(*) FROM journal_txns').pluck().get(),
  };
}

/** Run `fn`, expecting it to throw the AppError `code`; returns the error for its params. */
export function expectCode(fn: () => unknown, code: ErrorCode): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    return err as AppError;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}
