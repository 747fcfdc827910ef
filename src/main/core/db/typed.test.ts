import { afterAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import type { Evidence, LensKind, Role } from '@shared/domain/types';
import { migrate } from './migrations';
import { nativeBinding } from './native';
import { blankRow, type Row, type TableRow } from './tables';
import { cachedStatementOf, rowStatement, rowsOf, selectRow, selectRows, statementOf } from './typed';

// Checked by `npm run typecheck` (tsc over the test files); vitest runs them as no-ops.
describe('TableRow, derived from TABLES', () => {
  it('types each column from its spec: text as string, int, real and bool as number, nullable with null', () => {
    expectTypeOf<TableRow<'channels'>['cost_per_contact']>().toEqualTypeOf<number | null>();
    expectTypeOf<TableRow<'channels'>['name']>().toEqualTypeOf<string>();
    expectTypeOf<TableRow<'channels'>['color']>().toEqualTypeOf<string | null>();
    expectTypeOf<TableRow<'channels'>['online']>().toEqualTypeOf<number>();
    expectTypeOf<TableRow<'vote_sessions'>['dots_per_participant']>().toEqualTypeOf<number>();
    expectTypeOf<TableRow<'journey_steps'>['title']>().toEqualTypeOf<string>();
  });

  it('reads a column whose CHECK admits only some values as their union', () => {
    expectTypeOf<TableRow<'matrix_cells'>['role']>().toEqualTypeOf<Role | null>();
    expectTypeOf<TableRow<'matrix_cells'>['evidence']>().toEqualTypeOf<Evidence | null>();
    expectTypeOf<TableRow<'matrix_cells'>['lens_kind']>().toEqualTypeOf<LensKind>();
    expectTypeOf<TableRow<'economics_role_contacts'>['role']>().toEqualTypeOf<Role>();
  });

  it('has exactly the declared columns, and a row is still a Row for the journal', () => {
    expectTypeOf<keyof TableRow<'participants'>>().toEqualTypeOf<'id' | 'display_name' | 'joined_at' | 'deleted'>();
    expectTypeOf<TableRow<'matrix_cells'>>().toMatchTypeOf<Row>();
    // A union of tables gives a union of their rows.
    expectTypeOf<TableRow<'phases' | 'scenarios'>>().toEqualTypeOf<TableRow<'phases'> | TableRow<'scenarios'>>();
  });
});

describe('typed statements on a migrated database', () => {
  const db = new Database(':memory:', { nativeBinding: nativeBinding() });
  migrate(db);
  afterAll(() => db.close());
  const insert = (id: string, name: string, cost: number | null, deleted: 0 | 1) =>
    db.prepare('INSERT INTO channels (id, name, position, cost_per_contact, deleted) VALUES (?, ?, ?, ?, ?)').run(id, name, `a${id}`, cost, deleted);
  insert('1', 'Shop', 12.5, 0);
  insert('2', 'Web', null, 0);
  insert('3', 'Fax', 3, 1);

  it('selectRows returns whole rows, every declared column with its stored value', () => {
    const rows = selectRows(db, 'channels', 'SELECT * FROM channels WHERE deleted = 0 ORDER BY id');
    expectTypeOf(rows).toEqualTypeOf<TableRow<'channels'>[]>();
    expect(rows).toEqual([
      { ...blankRow('channels'), id: '1', name: 'Shop', position: 'a1', cost_per_contact: 12.5 },
      { ...blankRow('channels'), id: '2', name: 'Web', position: 'a2', cost_per_contact: null },
    ]);
  });

  it('selectRow returns the first row or undefined', () => {
    expect(selectRow(db, 'channels', 'SELECT * FROM channels WHERE id = ?', '3')?.name).toBe('Fax');
    expect(selectRow(db, 'channels', 'SELECT * FROM channels WHERE id = ?', 'none')).toBeUndefined();
  });

  it('a prepared row statement runs again with new parameters', () => {
    const byId = rowStatement(db, 'channels', 'SELECT * FROM channels WHERE id = ?');
    expect([byId.get('1')?.cost_per_contact, byId.get('2')?.cost_per_contact]).toEqual([12.5, null]);
  });

  it('rowsOf reads whole rows through a statement prepared elsewhere (a cached one)', () => {
    const byId = rowsOf('channels', db.prepare('SELECT * FROM channels WHERE id = ?'));
    expectTypeOf(byId.get('1')).toEqualTypeOf<TableRow<'channels'> | undefined>();
    expect(byId.get('3')).toEqual({ ...blankRow('channels'), id: '3', name: 'Fax', position: 'a3', cost_per_contact: 3, deleted: 1 });
  });

  it('statementOf reads a projection and plucks a column', () => {
    const names = statementOf<Pick<TableRow<'channels'>, 'id' | 'name'>>(db, 'SELECT id, name FROM channels ORDER BY id').all();
    expect(names).toEqual([
      { id: '1', name: 'Shop' },
      { id: '2', name: 'Web' },
      { id: '3', name: 'Fax' },
    ]);
    const count = statementOf<number>(db, 'SELECT count(*) FROM channels WHERE deleted = 0').pluck().get();
    expect(count).toBe(2);
  });

  it('selectRows, selectRow and cachedStatementOf prepare a statement once per connection and SQL text', () => {
    const prepare = vi.spyOn(db, 'prepare');
    try {
      for (let i = 0; i < 3; i++) {
        // SQL texts no other test here runs, so none is cached before the spy.
        selectRows(db, 'channels', 'SELECT * FROM channels WHERE deleted = ? ORDER BY name', 0);
        selectRow(db, 'channels', 'SELECT * FROM channels WHERE name = ?', 'Web');
        cachedStatementOf<number>(db, 'SELECT count(*) FROM channels WHERE position > ?').pluck().get('a');
      }
      expect(prepare).toHaveBeenCalledTimes(3);
      expect(selectRow(db, 'channels', 'SELECT * FROM channels WHERE name = ?', 'Shop')?.id).toBe('1');
    } finally {
      prepare.mockRestore();
    }
  });
});
