import type Database from 'better-sqlite3';
import type { CatalogKind, DeleteImpact } from '@shared/domain/types';
import { statementOf } from '../db/typed';

/**
 * Where each kind is referenced from: the matrix column (or lens), and which
 * journeys it touches. A phase or channel touches the journeys with a step on
 * it (and counts those steps); a scenario or lens item touches its journeys
 * (and counts all their steps). Deleted journeys and steps are not counted.
 */
const REFERENCES: Record<CatalogKind, { cells: string; journeys: string | null; steps: string | null }> = {
  phase: { cells: 'phase_id = ?', journeys: null, steps: 's.phase_id = ?' },
  channel: { cells: 'channel_id = ?', journeys: null, steps: 's.channel_id = ?' },
  scenario: { cells: 'scenario_id = ?', journeys: 'j.scenario_id = ?', steps: null },
  customerType: { cells: `lens_kind = 'customerType' AND lens_id = ?`, journeys: 'j.customer_type_id = ?', steps: null },
  typology: { cells: `lens_kind = 'typology' AND lens_id = ?`, journeys: 'j.typology_id = ?', steps: null },
  productDomain: { cells: `lens_kind = 'productDomain' AND lens_id = ?`, journeys: 'j.product_domain_id = ?', steps: null },
};

/** Count what a deletion would take along, so the UI can say so before asking. */
export function deleteImpact(db: Database.Database, kind: CatalogKind, id: string): DeleteImpact {
  const ref = REFERENCES[kind];
  // Aggregates without GROUP BY: always one row.
  const cells = statementOf<{ cells: number; notes: number }>(
    db,
    `SELECT count(*) AS cells, count(NULLIF(note, '')) AS notes FROM matrix_cells WHERE deleted = 0 AND ${ref.cells}`,
  ).get(id) ?? { cells: 0, notes: 0 };
  const where = ref.journeys ?? ref.steps!;
  const journeys = statementOf<{ journeys: number; steps: number }>(
    db,
    `SELECT count(DISTINCT j.id) AS journeys, count(s.id) AS steps
     FROM journeys j LEFT JOIN journey_steps s ON s.journey_id = j.id AND s.deleted = 0
     WHERE j.deleted = 0 AND ${where}`,
  ).get(id) ?? { journeys: 0, steps: 0 };
  return { cells: cells.cells, notes: cells.notes, journeys: journeys.journeys, journeySteps: journeys.steps };
}
