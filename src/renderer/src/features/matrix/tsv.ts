/**
 * Tab-separated text as spreadsheets put it on the clipboard: rows end in
 * \r\n, \n or \r, the last row may end in a newline too, and a cell holding a
 * tab, newline or quote is quoted with doubled quotes inside.
 */
import type { Role } from '@shared/domain/types';
import { parseRole } from '@shared/domain/roles';

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let cellStart = true;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
    cellStart = true;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (cellStart && ch === '"') {
      // A quoted cell runs to the quote that is not doubled.
      i++;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i];
        i++;
      }
      cellStart = false;
      continue;
    }
    cellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      cellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  // Text ending in a newline has no extra empty row; text without one ends its last row here.
  if (!cellStart || row.length > 0) endRow();
  return rows;
}

function quote(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows joined by \r\n (what Excel writes; every spreadsheet reads it), with a final newline. */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join('\t')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

/** A cell to paste: a role, or undefined for a blank cell (left as it is). */
export type PasteValue = Role | undefined;

export type RolesResult =
  | { ok: true; values: PasteValue[][] }
  /** The first value that is not a role, with its 1-based row and column in the pasted text. */
  | { ok: false; value: string; row: number; col: number };

/** Roles from pasted text: digits 0-3 or role words in English or Dutch; blanks are skipped. */
export function rolesFromTsv(text: string): RolesResult {
  const rows = parseTsv(text);
  const values: PasteValue[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const out: PasteValue[] = [];
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const raw = row[c]!;
      if (raw.trim() === '') {
        out.push(undefined);
        continue;
      }
      const role = parseRole(raw);
      if (role === null) return { ok: false, value: raw.trim(), row: r + 1, col: c + 1 };
      out.push(role);
    }
    values.push(out);
  }
  return { ok: true, values };
}

/** The clipboard text of a block of roles: digits, blank for a cell without a role. */
export function rolesToTsv(rows: readonly (readonly (Role | null)[])[]): string {
  return formatTsv(rows.map((row) => row.map((role) => (role === null ? '' : String(role)))));
}
