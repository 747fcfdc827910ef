/**
 * Last writer wins, per field, and which losing values were conflicts: pure
 * functions of the set of changes a field has received, so every laptop that
 * has received the same changes, in whatever order, keeps the same value and
 * lists the same conflicts.
 */

/** A field's value as SQLite holds it (bytes as a Uint8Array). */
export type FieldValue = string | number | bigint | Uint8Array | null;

/** One change's value for one field. */
export interface FieldWrite {
  /** The change's clock; '' for a default: a column a new row left at its blank value. */
  hlc: string;
  device: string;
  value: FieldValue;
  /** The clock of the value this write replaced where it was made; null when none. */
  base: string | null;
}

/**
 * The winning write: the greatest clock (text order; the device id ends the
 * clock and breaks ties). A default ('' clock) wins only when no one wrote the
 * field: two laptops that create the same matrix cell, one with a role and one
 * with just a note, meet on a cell with both.
 */
export function winnerOf(writes: readonly FieldWrite[]): FieldWrite | undefined {
  let best: FieldWrite | undefined;
  for (const write of writes) if (!best || write.hlc > best.hlc) best = write;
  return best;
}

/**
 * The writes that lost to a concurrent one: not the winner, not a default, no
 * write on the field replaced them knowingly (none has them as its base), and
 * their value differs from the winner's. A write replaced by a later edit that
 * had seen it is history, not a conflict.
 */
export function conflictLosers(writes: readonly FieldWrite[]): FieldWrite[] {
  const winner = winnerOf(writes);
  if (!winner) return [];
  const replaced = new Set<string>();
  for (const write of writes) if (write.base) replaced.add(write.base);
  return writes.filter((w) => w !== winner && w.hlc !== '' && !replaced.has(w.hlc) && !sameFieldValue(w.value, winner.value));
}

export function sameFieldValue(a: FieldValue, b: FieldValue): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((byte, i) => byte === b[i]);
  return a === b;
}
