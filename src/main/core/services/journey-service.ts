import type { z } from 'zod';
import { generateNKeysBetween } from 'fractional-indexing';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '@shared/errors';
import type { journeyMethods } from '@shared/contract/journeys';
import type { Journey, JourneyDetail, JourneyStep } from '@shared/domain/journeys';
import { MAX_TEXT_LENGTH, type CatalogKind, type Label } from '@shared/domain/types';
import type { Journal, Writer } from '../journal/journal';
import type { Row } from '../db/tables';
import type { CatalogRepo } from '../repos/catalog-repo';
import type { JourneyRepo, JourneyRow, LensColumns, StepRow } from '../repos/journey-repo';
import { cleanName } from './names';
import { positionBetween } from './positions';
import { blankRow, patchToColumns } from './rows';

type Input<M extends keyof typeof journeyMethods> = z.output<(typeof journeyMethods)[M]['input']>;
type StepPatch = Input<'journeys.updateStep'>['patch'];

const TEXT_FIELDS = ['title', 'does', 'thinks', 'feels', 'painPoints', 'opportunities', 'owner', 'kpi'] as const;

/**
 * Journeys and their steps. Every write is one journaled action (one undo
 * step). Steps keep pointing at a deleted phase or channel: reads mark them
 * (phaseMissing / channelMissing) and undoing the deletion clears the mark.
 */
export class JourneyService {
  constructor(
    private readonly repo: JourneyRepo,
    private readonly catalog: CatalogRepo,
    private readonly journal: Journal,
  ) {}

  list(): Journey[] {
    return this.repo.list();
  }

  get(id: string): JourneyDetail {
    const journey = this.repo.journey(id);
    if (!journey) throw notFound('journey', id);
    return { journey, steps: this.repo.steps(id) };
  }

  /** Every journey of a live scenario with its steps, in the user's order of journeys. */
  details(scenarioId: string): JourneyDetail[] {
    this.assertLive('scenario', scenarioId);
    const byJourney = new Map<string, JourneyStep[]>();
    for (const step of this.repo.stepsOfScenario(scenarioId)) {
      let list = byJourney.get(step.journeyId);
      if (!list) byJourney.set(step.journeyId, (list = []));
      list.push(step);
    }
    return this.repo
      .list()
      .filter((journey) => journey.scenarioId === scenarioId)
      .map((journey) => ({ journey, steps: byJourney.get(journey.id) ?? [] }));
  }

  create(input: Input<'journeys.create'>): Journey {
    const name = cleanName(input.name);
    const description = checkText('description', input.description ?? '');
    const lens: LensColumns = {
      scenario_id: input.scenarioId,
      customer_type_id: input.customerTypeId ?? null,
      typology_id: input.typologyId ?? null,
      product_domain_id: input.productDomainId ?? null,
    };
    this.assertLens(lens, null);
    this.assertUnique(name, lens, null);
    const id = uuidv7();
    const last = this.repo.rows().at(-1);
    this.run(label('journeyCreate', { name }), (w) => {
      w.insert('journeys', {
        ...blankRow('journeys'),
        ...lens,
        id,
        name,
        description,
        position: positionBetween(last?.position ?? null, null),
      });
    });
    return this.repo.journey(id)!;
  }

  update({ id, patch }: Input<'journeys.update'>): Journey {
    const row = this.mustRow(id);
    const current = lensOf(row);
    const lens: LensColumns = {
      scenario_id: patch.scenarioId ?? current.scenario_id,
      customer_type_id: patch.customerTypeId === undefined ? current.customer_type_id : patch.customerTypeId,
      typology_id: patch.typologyId === undefined ? current.typology_id : patch.typologyId,
      product_domain_id: patch.productDomainId === undefined ? current.product_domain_id : patch.productDomainId,
    };
    // Only what changes must be live: renaming a journey whose customer type was deleted still works.
    this.assertLens(lens, current);
    const name = patch.name === undefined ? row.name : cleanName(patch.name);
    const columns: Row = { ...lens, name };
    if (patch.description !== undefined) columns.description = checkText('description', patch.description);
    const placeChanged = (Object.keys(lens) as (keyof LensColumns)[]).some((k) => lens[k] !== current[k]);
    if (placeChanged || name !== row.name) this.assertUnique(name, lens, id);
    const onlyRename = name !== row.name && Object.keys(patch).length === 1;
    const text = onlyRename ? label('journeyRename', { from: row.name, name }) : label('journeyUpdate', { name });
    this.run(text, (w) => {
      w.update('journeys', id, columns, row);
    });
    return this.repo.journey(id)!;
  }

  /** A copy of the journey and all its steps, right after it (or last in another scenario's list). */
  duplicate({ id, name: rawName, scenarioId }: Input<'journeys.duplicate'>): Journey {
    const source = this.mustRow(id);
    const name = cleanName(rawName);
    const lens: LensColumns = { ...lensOf(source), scenario_id: scenarioId ?? source.scenario_id };
    this.assertLens(lens, { ...lensOf(source), scenario_id: '' });
    this.assertUnique(name, lens, null);
    const rows = this.repo.rows();
    const next = rows[rows.findIndex((r) => r.id === id) + 1];
    const copyId = uuidv7();
    const steps = this.repo.stepRows(id);
    this.run(label('journeyDuplicate', { from: source.name, name }), (w) => {
      w.insert('journeys', {
        ...source,
        ...lens,
        id: copyId,
        name,
        deleted: 0,
        position: keysBetween(source.position, next?.position, 1)[0]!,
      });
      for (const step of steps) w.insert('journey_steps', { ...step, id: uuidv7(), journey_id: copyId });
    });
    return this.repo.journey(copyId)!;
  }

  /** Tombstone the journey and its steps as one action, so one undo brings both back. */
  delete(id: string): void {
    const row = this.mustRow(id);
    const steps = this.repo.stepRows(id);
    this.run(label('journeyDelete', { name: row.name }), (w) => {
      for (const step of steps) w.update('journey_steps', step.id, { deleted: 1 }, step);
      w.update('journeys', id, { deleted: 1 }, row);
    });
  }

  /**
   * Add steps as one action. Steps of the column `afterId` is in go right after
   * it, in the given order; steps of other columns go to the end of theirs.
   */
  addSteps({ journeyId, afterId, steps }: Input<'journeys.addSteps'>): JourneyStep[] {
    const journey = this.mustRow(journeyId);
    const fields = steps.map((step) => this.checkStep(step, null));
    const anchor = afterId ? this.mustStepOf(afterId, journeyId) : null;
    const byColumn = new Map<string | null, number[]>();
    fields.forEach((row, i) => {
      const key = (row.phase_id as string | null | undefined) ?? null;
      byColumn.set(key, [...(byColumn.get(key) ?? []), i]);
    });
    // Positions per column, but rows kept in the caller's order (the draft lists its proposals by phase).
    const inserts: Row[] = new Array<Row>(fields.length);
    for (const [phaseId, indexes] of byColumn) {
      const column = this.repo.column(journeyId, phaseId);
      const at = anchor && (anchor.phase_id ?? null) === phaseId ? column.findIndex((r) => r.id === anchor.id) : column.length - 1;
      const keys = keysBetween(column[at]?.position, column[at + 1]?.position, indexes.length);
      indexes.forEach((index, k) => {
        inserts[index] = { ...blankRow('journey_steps'), ...fields[index], id: uuidv7(), journey_id: journeyId, position: keys[k]! };
      });
    }
    this.run(label('stepsAdd', { count: steps.length, name: journey.name }), (w) => {
      for (const row of inserts) w.insert('journey_steps', row);
    });
    return inserts.map((row) => this.repo.step(String(row.id))!);
  }

  updateStep({ id, patch }: Input<'journeys.updateStep'>): JourneyStep {
    const row = this.mustStep(id);
    const columns = this.checkStep(patch, row);
    const journey = this.mustRow(row.journey_id);
    if (columns.phase_id !== undefined && (columns.phase_id ?? null) !== (row.phase_id ?? null)) {
      // A step put into another column through its fields goes to the end of that column.
      const column = this.repo.column(row.journey_id, (columns.phase_id as string | null) ?? null);
      columns.position = positionBetween(column.at(-1)?.position ?? null, null);
    }
    this.run(label('stepUpdate', { name: journey.name }), (w) => {
      w.update('journey_steps', id, columns, row);
    });
    return this.repo.step(id)!;
  }

  /** Move a step into a (live) phase column, right after `afterId` or first. */
  moveStep({ id, phaseId, afterId }: Input<'journeys.moveStep'>): JourneyStep {
    const row = this.mustStep(id);
    const journeyId = row.journey_id;
    this.assertLive('phase', phaseId);
    if (afterId === id) return this.repo.step(id)!;
    const others = this.repo.column(journeyId, phaseId).filter((r) => r.id !== id);
    let index = -1;
    if (afterId !== null) {
      index = others.findIndex((r) => r.id === afterId);
      if (index < 0) {
        this.mustStepOf(afterId, journeyId);
        throw new AppError('STEP_NOT_IN_PHASE', `Step ${afterId} is not in phase ${phaseId}`, { id: afterId, phaseId });
      }
    }
    const after = others[index]?.position ?? null;
    const before = others[index + 1]?.position ?? null;
    // Dropped where it already is: no write, no empty history step.
    const pos = row.position;
    if (row.phase_id === phaseId && (after === null || pos > after) && (before === null || pos < before)) return this.repo.step(id)!;
    const [position] = keysBetween(after, before, 1);
    const journey = this.mustRow(journeyId);
    this.run(label('stepMove', { name: journey.name }), (w) => {
      w.update('journey_steps', id, { phase_id: phaseId, position: position! }, row);
    });
    return this.repo.step(id)!;
  }

  deleteStep(id: string): void {
    const row = this.mustStep(id);
    const journey = this.mustRow(row.journey_id);
    this.run(label('stepDelete', { name: journey.name }), (w) => {
      w.update('journey_steps', id, { deleted: 1 }, row);
    });
  }

  // ---- checks ---------------------------------------------------------------

  /**
   * Check a step's fields and turn them into columns. A phase or channel must be
   * live when it is set, but a step may keep the deleted one it already has.
   */
  private checkStep(patch: StepPatch, existing: Row | null): Row {
    for (const field of TEXT_FIELDS) {
      const value = patch[field];
      if (value !== undefined) checkText(field, value);
    }
    const { emotion } = patch;
    if (emotion != null && !(Number.isInteger(emotion) && emotion >= -2 && emotion <= 2)) {
      throw new AppError('EMOTION_OUT_OF_RANGE', `Emotion ${emotion} is not a whole number from -2 to +2`, { value: emotion, min: -2, max: 2 });
    }
    if (patch.phaseId && patch.phaseId !== existing?.phase_id) this.assertLive('phase', patch.phaseId);
    if (patch.channelId && patch.channelId !== existing?.channel_id) this.assertLive('channel', patch.channelId);
    return patchToColumns(patch);
  }

  /** The scenario and lens items a journey points to must be live, where they change. */
  private assertLens(lens: LensColumns, current: LensColumns | null): void {
    const checks: [CatalogKind, string | null, string | null | undefined][] = [
      ['scenario', lens.scenario_id, current?.scenario_id],
      ['customerType', lens.customer_type_id, current?.customer_type_id],
      ['typology', lens.typology_id, current?.typology_id],
      ['productDomain', lens.product_domain_id, current?.product_domain_id],
    ];
    for (const [kind, id, was] of checks) if (id !== null && id !== was) this.assertLive(kind, id);
  }

  private assertLive(kind: CatalogKind, id: string): void {
    if (!this.catalog.row(kind, id)) throw notFound(kind, id);
  }

  private assertUnique(name: string, lens: LensColumns, exceptId: string | null): void {
    if (this.repo.nameTaken(name, lens, exceptId)) throw new AppError('NAME_DUPLICATE', `${name} exists`, { name, kind: 'journey' });
  }

  private mustRow(id: string): JourneyRow {
    const row = this.repo.row(id);
    if (!row) throw notFound('journey', id);
    return row;
  }

  private mustStep(id: string): StepRow {
    const row = this.repo.stepRow(id);
    if (!row) throw notFound('step', id);
    return row;
  }

  private mustStepOf(id: string, journeyId: string): StepRow {
    const row = this.mustStep(id);
    if (row.journey_id !== journeyId) throw notFound('step', id);
    return row;
  }

  private run(text: Label, fn: (w: Writer) => void): void {
    this.journal.run({ kind: 'edit', label: text, undoable: true }, fn);
  }
}

function lensOf(row: JourneyRow): LensColumns {
  return {
    scenario_id: row.scenario_id,
    customer_type_id: row.customer_type_id,
    typology_id: row.typology_id,
    product_domain_id: row.product_domain_id,
  };
}

function checkText(field: string, value: string): string {
  const length = [...value].length;
  if (length > MAX_TEXT_LENGTH) {
    throw new AppError('TEXT_TOO_LONG', `${field} can be at most ${MAX_TEXT_LENGTH} characters`, { field, max: MAX_TEXT_LENGTH, length });
  }
  return value;
}

/**
 * `n` positions after `after` and before `before`. Two steps synced in with the
 * same position leave no room between them: then the new ones go after `after`.
 */
function keysBetween(after: string | null | undefined, before: string | null | undefined, n: number): string[] {
  const a = after ?? null;
  let b = before ?? null;
  if (a !== null && b !== null && b <= a) b = null;
  return generateNKeysBetween(a, b, n);
}

function notFound(kind: string, id: string): AppError {
  return new AppError('NOT_FOUND', `No ${kind} ${id}`, { kind, id });
}

function label(key: string, params: Record<string, string | number>): Label {
  return { key: `history.${key}`, params };
}
