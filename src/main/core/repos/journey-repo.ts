import type Database from 'better-sqlite3';
import type { Journey, JourneyStep } from '@shared/domain/journeys';
import type { TableRow } from '../db/tables';
import { selectRow, selectRows, statementOf } from '../db/typed';

export type JourneyRow = TableRow<'journeys'>;
export type StepRow = TableRow<'journey_steps'>;
/** What STEP_SELECT reads: a step row plus whether its phase and channel are live, and the phase's position. */
type StepView = StepRow & { phase_live: number | null; channel_live: number | null; phase_position: string | null };

export function toJourney(row: JourneyRow, stepCount: number): Journey {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scenarioId: row.scenario_id,
    customerTypeId: row.customer_type_id,
    typologyId: row.typology_id,
    productDomainId: row.product_domain_id,
    position: row.position,
    stepCount,
  };
}

/** A step row plus `phase_live` / `channel_live` (1, 0, or null when the column is null). */
export function toStep(row: StepView): JourneyStep {
  return {
    id: row.id,
    journeyId: row.journey_id,
    phaseId: row.phase_id,
    channelId: row.channel_id,
    position: row.position,
    title: row.title,
    does: row.does,
    thinks: row.thinks,
    feels: row.feels,
    emotion: row.emotion,
    painPoints: row.pain_points,
    opportunities: row.opportunities,
    momentOfTruth: row.moment_of_truth === 1,
    owner: row.owner,
    kpi: row.kpi,
    evidence: row.evidence,
    phaseMissing: row.phase_id != null && row.phase_live !== 1,
    channelMissing: row.channel_id != null && row.channel_live !== 1,
  };
}

/**
 * Whether the phase and channel a step points to are live. A deleted phase or
 * channel is a tombstone, so the LEFT JOIN still finds it: `deleted = 0` says
 * whether it is live, and a null says the step never had one.
 */
const STEP_SELECT = `SELECT s.*, (p.deleted = 0) AS phase_live, (c.deleted = 0) AS channel_live,
  CASE WHEN p.deleted = 0 THEN p.position END AS phase_position
  FROM journey_steps s
  LEFT JOIN phases p ON p.id = s.phase_id
  LEFT JOIN channels c ON c.id = s.channel_id`;

/**
 * A journey lives in its scenario: deleting the scenario hides its journeys
 * (without touching them), and undoing the deletion shows them again.
 */
const LIVE_SCENARIO = 'JOIN scenarios sc ON sc.id = j.scenario_id AND sc.deleted = 0';

/** Reads of journeys and steps; writes go through the journal (see JourneyService). */
export class JourneyRepo {
  constructor(private readonly db: Database.Database) {}

  list(): Journey[] {
    const rows = statementOf<JourneyRow & { step_count: number }>(
      this.db,
      `SELECT j.*, (SELECT count(*) FROM journey_steps s WHERE s.journey_id = j.id AND s.deleted = 0) AS step_count
       FROM journeys j ${LIVE_SCENARIO} WHERE j.deleted = 0 ORDER BY j.position, j.id`,
    ).all();
    return rows.map((r) => toJourney(r, r.step_count));
  }

  row(id: string): JourneyRow | undefined {
    return selectRow(this.db, 'journeys', `SELECT j.* FROM journeys j ${LIVE_SCENARIO} WHERE j.id = ? AND j.deleted = 0`, id);
  }

  journey(id: string): Journey | undefined {
    const row = this.row(id);
    return row ? toJourney(row, this.stepCount(id)) : undefined;
  }

  stepCount(journeyId: string): number {
    // count(*) always answers one row
    return statementOf<number>(this.db, 'SELECT count(*) FROM journey_steps WHERE journey_id = ? AND deleted = 0').pluck().get(journeyId) ?? 0;
  }

  /** Live journeys in the user's order (rows), for placing a new one. */
  rows(): JourneyRow[] {
    return selectRows(this.db, 'journeys', `SELECT j.* FROM journeys j ${LIVE_SCENARIO} WHERE j.deleted = 0 ORDER BY j.position, j.id`);
  }

  /**
   * Steps in reading order: live phases in their order, then position; steps
   * without a live phase (deleted or never placed) last, keeping their order.
   */
  steps(journeyId: string): JourneyStep[] {
    const rows = statementOf<StepView>(
      this.db,
      `${STEP_SELECT} WHERE s.journey_id = ? AND s.deleted = 0
       ORDER BY phase_position IS NULL, phase_position, s.position, s.id`,
    ).all(journeyId);
    return rows.map(toStep);
  }

  /**
   * Every live step of the live journeys of one scenario, in each journey's
   * reading order (as `steps`): one query for the Findings list instead of one
   * per journey.
   */
  stepsOfScenario(scenarioId: string): JourneyStep[] {
    const rows = statementOf<StepView>(
      this.db,
      `${STEP_SELECT} JOIN journeys j ON j.id = s.journey_id AND j.deleted = 0 AND j.scenario_id = ?
       WHERE s.deleted = 0
       ORDER BY s.journey_id, phase_position IS NULL, phase_position, s.position, s.id`,
    ).all(scenarioId);
    return rows.map(toStep);
  }

  /** Raw live step rows of a journey (for copying). */
  stepRows(journeyId: string): StepRow[] {
    return selectRows(this.db, 'journey_steps', 'SELECT * FROM journey_steps WHERE journey_id = ? AND deleted = 0 ORDER BY position, id', journeyId);
  }

  /** A live step of a live journey. */
  stepRow(id: string): StepRow | undefined {
    return selectRow(
      this.db,
      'journey_steps',
      `SELECT s.* FROM journey_steps s JOIN journeys j ON j.id = s.journey_id AND j.deleted = 0 ${LIVE_SCENARIO}
       WHERE s.id = ? AND s.deleted = 0`,
      id,
    );
  }

  step(id: string): JourneyStep | undefined {
    const row = statementOf<StepView>(this.db, `${STEP_SELECT} WHERE s.id = ? AND s.deleted = 0`).get(id);
    return row ? toStep(row) : undefined;
  }

  /** The live steps of one phase column (null: the unplaced steps), in order. */
  column(journeyId: string, phaseId: string | null): StepRow[] {
    return selectRows(
      this.db,
      'journey_steps',
      `SELECT * FROM journey_steps WHERE journey_id = ? AND deleted = 0 AND phase_id IS ?
       ORDER BY position, id`,
      journeyId,
      phaseId,
    );
  }

  /** Whether another live journey with the same scenario and lens has this name (case- and space-insensitively). */
  nameTaken(name: string, lens: LensColumns, exceptId: string | null): boolean {
    const hit = this.db
      .prepare(
        `SELECT 1 FROM journeys WHERE deleted = 0 AND lower(trim(name)) = lower(?) AND id IS NOT ?
           AND scenario_id = ? AND customer_type_id IS ? AND typology_id IS ? AND product_domain_id IS ? LIMIT 1`,
      )
      .get(name.trim(), exceptId, lens.scenario_id, lens.customer_type_id, lens.typology_id, lens.product_domain_id);
    return hit !== undefined;
  }
}

/** The columns that place a journey: its scenario and lens. */
export interface LensColumns {
  scenario_id: string;
  customer_type_id: string | null;
  typology_id: string | null;
  product_domain_id: string | null;
}
