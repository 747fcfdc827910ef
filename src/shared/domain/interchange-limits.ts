import { MAX_IMPORT_CELLS, MAX_IMPORT_NAMES } from '../matrix-io/types';
import { MAX_SLIDES } from '../present/deck';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './types';

/**
 * What a workspace may hold, for a JSON import: the same bounds the app keeps
 * when a user builds one (names, texts, at most as many phases and channels as
 * the matrix handles, steps per journey, slides), so an imported workspace is
 * one every screen and export can work with.
 */
export const MAX_ITEMS_PER_KIND = MAX_IMPORT_NAMES;
export const MAX_STEPS_PER_JOURNEY = 500;
export const MAX_PICTURE_LENGTH = 2_000_000;
/** A JSON file larger than this is refused before it is read into memory. */
export const MAX_INTERCHANGE_BYTES = 256 * 1024 * 1024;
/** Any table: far above real use, low enough that a workspace stays workable. */
export const MAX_ROWS_PER_TABLE = MAX_IMPORT_CELLS * 10;

const ROW_LIMITS: Record<string, number> = {
  phases: MAX_ITEMS_PER_KIND,
  channels: MAX_ITEMS_PER_KIND,
  typologies: MAX_ITEMS_PER_KIND,
  customer_types: MAX_ITEMS_PER_KIND,
  product_domains: MAX_ITEMS_PER_KIND,
  scenarios: MAX_ITEMS_PER_KIND,
  dimensions: MAX_ITEMS_PER_KIND,
  journeys: MAX_ITEMS_PER_KIND,
  deck_slides: MAX_SLIDES,
};

export type InterchangeRows = Partial<Record<string, readonly Record<string, unknown>[]>>;

export type LimitProblem =
  | { code: 'INTERCHANGE_NO_SCENARIO'; params: Record<string, never> }
  | { code: 'INTERCHANGE_TOO_MANY'; params: { table: string; count: number; max: number } }
  | { code: 'INTERCHANGE_TOO_LONG'; params: { table: string; row: number; column: string; max: number } }
  | { code: 'INTERCHANGE_DUPLICATE'; params: { table: string; row: number; what: string } };

const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function textLimit(table: string, column: string): { max: number; points: boolean } {
  if (column === 'name') return { max: MAX_NAME_LENGTH, points: true };
  if (table === 'customer_types' && column === 'picture') return { max: MAX_PICTURE_LENGTH, points: false };
  return { max: MAX_TEXT_LENGTH, points: false };
}

/**
 * The first way `tables` goes beyond what the app allows, or null. `identities`
 * names, per table, the columns that identify a row's meaning (a matrix cell's
 * scenario, phase, channel and lens): two rows with one identity are refused.
 */
export function interchangeLimitProblem(tables: InterchangeRows, identities: Partial<Record<string, readonly string[]>>): LimitProblem | null {
  const live = (table: string) => tables[table] ?? [];
  if (live('scenarios').length === 0) return { code: 'INTERCHANGE_NO_SCENARIO', params: {} };
  for (const [table, rows] of Object.entries(tables)) {
    if (!rows) continue;
    const ids = new Set<string>();
    const max = ROW_LIMITS[table] ?? MAX_ROWS_PER_TABLE;
    if (rows.length > max) return { code: 'INTERCHANGE_TOO_MANY', params: { table, count: rows.length, max } };
    const seen = new Set<string>();
    const identity = identities[table];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string') continue;
        const { max: maxLength, points } = textLimit(table, column);
        // Cheap first: only a long string can be too long.
        if (value.length > maxLength && (!points || codePoints(value) > maxLength)) {
          return { code: 'INTERCHANGE_TOO_LONG', params: { table, row: i + 1, column, max: maxLength } };
        }
      }
      const id = row.id;
      if (typeof id === 'string') {
        if (ids.has(id)) return { code: 'INTERCHANGE_DUPLICATE', params: { table, row: i + 1, what: 'id' } };
        ids.add(id);
      }
      if (identity) {
        const key = JSON.stringify(identity.map((c) => row[c] ?? null));
        if (seen.has(key)) return { code: 'INTERCHANGE_DUPLICATE', params: { table, row: i + 1, what: identity.join(', ') } };
        seen.add(key);
      }
    }
  }
  const perJourney = new Map<unknown, number>();
  for (const step of live('journey_steps')) {
    const n = (perJourney.get(step.journey_id) ?? 0) + 1;
    if (n > MAX_STEPS_PER_JOURNEY) return { code: 'INTERCHANGE_TOO_MANY', params: { table: 'journey_steps', count: n, max: MAX_STEPS_PER_JOURNEY } };
    perJourney.set(step.journey_id, n);
  }
  return null;
}
