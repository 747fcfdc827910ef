import type Database from 'better-sqlite3';
import { lensFromKey } from '@shared/domain/lens';
import { SLIDE_KINDS, type SavedSlide, type SlideKind, type SlideTarget } from '@shared/present/deck';
import type { TableRow } from '../db/tables';
import { statementOf } from '../db/typed';

type DeckRow = Omit<TableRow<'deck_slides'>, 'deleted'>;

const slideKinds: readonly string[] = SLIDE_KINDS;
const isKind = (kind: string): kind is SlideKind => slideKinds.includes(kind);

const targetOf = (row: DeckRow): SlideTarget => ({
  scenarioId: row.scenario_id,
  compareScenarioId: row.compare_scenario_id,
  lens: row.lens === null ? null : lensFromKey(row.lens),
});

/** Reads of the deck table (writes go through the journal in the service). */
export class DeckRepo {
  private readonly live: Database.Statement<unknown[], DeckRow>;

  constructor(db: Database.Database) {
    this.live = statementOf<DeckRow>(
      db,
      `SELECT id, kind, slide_key, title, body, notes, hidden, position, scenario_id, compare_scenario_id, lens
         FROM deck_slides WHERE deleted = 0 ORDER BY position, id`,
    );
  }

  /** The facilitator's saved choices; a row of a kind this version does not know is left out. */
  saved(): SavedSlide[] {
    const out: SavedSlide[] = [];
    for (const row of this.live.all()) {
      if (!isKind(row.kind)) continue;
      out.push({
        id: row.slide_key,
        kind: row.kind,
        params: row.kind === 'text' ? { kind: 'text', title: row.title, body: row.body } : null,
        hidden: row.hidden === 1,
        notes: row.notes,
        position: row.position,
        target: targetOf(row),
      });
    }
    return out;
  }
}
