/** Small text helpers of the matrix import and export: cell references, name keys, formula escaping. */

/** "A", "B", ..., "Z", "AA": the spreadsheet name of a 0-based column. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** "C4" for row 3, column 2 (both 0-based). */
export const cellRef = (row: number, column: number): string => `${columnName(column)}${row + 1}`;

/**
 * Characters that make a spreadsheet treat a text cell as a formula (or, for
 * tab and carriage return, that some spreadsheets strip before doing so).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefix a single quote so no spreadsheet runs the text as a formula (OWASP "CSV injection"). */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undo `escapeFormula` on import, so an exported file reads back with the same names. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A cell's text as a name or value: our own escape undone, non-breaking and
 * other odd spaces made plain, runs of white space collapsed, ends trimmed.
 */
export function cleanCell(raw: string): string {
  const unescaped = unescapeFormula(raw.replace(/^[ \u00a0\ufeff]+/, ''));
  return unescaped.replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ').trim();
}

/**
 * The comparison key of a name: case, accents, spacing and punctuation
 * spacing do not count ("Call-centre " and "call - centre" differ only in
 * spacing; "Café" and "cafe" are one).
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s*([/&,+\-()])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edit distance with an early exit: only small distances matter (typo suggestions). */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    previous = row;
  }
  return previous[b.length]! <= max;
}

/** A short list of cells for a message: "C4: 7, D5: x" and how many more. */
export function listCells(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, … (+${items.length - max})` : shown;
}
