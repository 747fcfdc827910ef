import type Database from 'better-sqlite3';
import type { CatalogKind, DeleteImpact } from '@shared/domain/types';

/** Where each kind is referenced from: the matrix column (or lens) and the journey columns. */
const REFERENCES: Record<CatalogKind, { cells: string; journeys: string | null; steps: string | null }> = {
  phase: { cells: 'phase_id = ?', journeys: null, steps: 'phase_id = ?' },
  channel: { cells: 'channel_id = ?', journeys: null, steps: 'channel_id = ?' },
  scenario: { cells: 'scenario_id = ?', journeys: 'scenario_id = ?', steps: null },
  customerType: { cells: `lens_kind = 'customerType' AND lens_id = ?`, journeys: 'customer_type_id = ?', steps: null },
  typology: { cells: `lens_kind = 'typology' AND lens_id = ?`, journeys: 'typology_id = ?', steps: null },
  productDomain: { cells: `lens_kind = 'productDomain' AND lens_id = ?`, journeys: 'product_domain_id = ?', steps: null },
};

/** Count what a deletion would take along, so the UI can say so before asking. */
export function deleteImpact(db: Database.Database, kind: CatalogKind, id: string): DeleteImpact {
  const ref = REFERENCES[kind];
  const cells = db
    .prepare(`SELECT count(*) AS cells, count(NULLIF(note, '')) AS notes FROM matrix_cells WHERE deleted = 0 AND ${ref.cells}`)
    .get(id) as { cells: number; notes: number };
  const journeys = ref.journeys
    ? (db.prepare(`SELECT count(*) FROM journeys WHERE deleted = 0 AND ${ref.journeys}`).pluck().get(id) as number)
    : 0;
  const journeySteps = ref.steps
    ? (db
        .prepare(
          `SELECT count(*) FROM journey_steps s JOIN journeys j ON j.id = s.journey_id AND j.deleted = 0
           WHERE s.deleted = 0 AND s.${ref.steps}`,
        )
        .pluck()
        .get(id) as number)
    : 0;
  return { cells: cells.cells, notes: cells.notes, journeys, journeySteps };
}
