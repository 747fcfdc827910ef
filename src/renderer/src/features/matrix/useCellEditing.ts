import { useTranslation } from 'react-i18next';
import type { Evidence, Lens, Role } from '@shared/domain/types';
import { cellKey, type EffectiveCell } from '@shared/analysis/matrix';
import { useNotices } from '../../components/Notices';
import { cellAt, type MatrixLayout } from './layout';
import { useClearCells, useSetCells } from './mutations';
import { planPaste } from './paste';
import { cellsOf, type Pos, type Rect } from './selection';
import { rolesFromTsv, rolesToTsv } from './tsv';

export interface CellPatch {
  role?: Role | null;
  note?: string;
  evidence?: Evidence | null;
}

interface EditingInput {
  scenarioId: string;
  lens: Lens;
  layout: MatrixLayout;
  cells: ReadonlyMap<string, EffectiveCell>;
  readOnly: boolean;
}

/** Every write the matrix makes, each one call (one undo step), with what it did announced. */
export function useCellEditing({ scenarioId, lens, layout, cells, readOnly }: EditingInput) {
  const { t } = useTranslation();
  const notices = useNotices();
  const setCells = useSetCells();
  const clearCells = useClearCells();
  const size = { rows: layout.rows.items.length, cols: layout.cols.items.length };

  const idsIn = (positions: readonly Pos[]) =>
    positions.flatMap(({ r, c }) => {
      const ids = cellAt(layout, r, c);
      return ids ? [{ phaseId: ids.phaseId, channelId: ids.channelId }] : [];
    });
  const effective = (pos: Pos) => {
    const ids = cellAt(layout, pos.r, pos.c);
    return ids ? cells.get(cellKey(ids.phaseId, ids.channelId)) : undefined;
  };
  const roleWord = (role: Role | null) => (role === null ? t('ui.matrix.roles.unset') : t(`ui.matrix.roles.${role}`));

  function setRoles(rect: Rect, role: Role | null) {
    const keys = idsIn(cellsOf(rect));
    if (readOnly || keys.length === 0) return;
    setCells.mutate({ scenarioId, lens, cells: keys.map((k) => ({ ...k, role })) });
    notices.announce(t('ui.matrix.messages.set', { count: keys.length, role: roleWord(role) }));
  }

  function clear(rect: Rect) {
    const keys = idsIn(cellsOf(rect));
    if (readOnly || keys.length === 0) return;
    clearCells.mutate({ scenarioId, lens, cells: keys });
    notices.announce(t(lens.kind === 'all' ? 'ui.matrix.messages.cleared' : 'ui.matrix.messages.reset', { count: keys.length }));
  }

  /** Fill the range with the role of its first cell (Ctrl/Cmd+D), as spreadsheets fill down. */
  function fillFromFirst(rect: Rect) {
    setRoles(rect, effective({ r: rect.top, c: rect.left })?.role ?? null);
  }

  function copyText(rect: Rect): string {
    const rows: (Role | null)[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: (Role | null)[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(effective({ r, c })?.role ?? null);
      rows.push(row);
    }
    return rolesToTsv(rows);
  }

  const announceCopied = (rect: Rect) => notices.announce(t('ui.matrix.messages.copied', { count: cellsOf(rect).length }));

  /** Ctrl/Cmd+C through the async clipboard; false when there is none, so the copy event does it. */
  function copy(rect: Rect): boolean {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard || !window.isSecureContext) return false;
    clipboard.writeText(copyText(rect)).then(
      () => announceCopied(rect),
      // Refused (no permission): fall back to the copy event, which needs none.
      () => {
        if (!document.execCommand('copy')) notices.showError(t('ui.matrix.messages.copyFailed'));
      },
    );
    return true;
  }

  /** Pasted spreadsheet text: every value checked first, then all of it in one write. */
  function paste(text: string, rect: Rect) {
    if (readOnly) return;
    const parsed = rolesFromTsv(text);
    if (!parsed.ok) {
      notices.showError(t('ui.matrix.messages.pasteInvalid', { value: parsed.value, row: parsed.row, col: parsed.col }));
      return;
    }
    const plan = planPaste(parsed.values, rect, size);
    if (plan.cells.length === 0) {
      notices.announce(t('ui.matrix.messages.pasteEmpty'));
      return;
    }
    const values = plan.cells.flatMap(({ r, c, role }) => idsIn([{ r, c }]).map((k) => ({ ...k, role })));
    setCells.mutate({ scenarioId, lens, cells: values });
    const pasted = t('ui.matrix.messages.pasted', { count: values.length });
    notices.announce(plan.clipped > 0 ? `${pasted} ${t('ui.matrix.messages.clipped', { count: plan.clipped })}` : pasted);
  }

  /** One cell from the popover: what is not given keeps its shown value (in a lens this overrides). */
  function updateCell(pos: Pos, patch: CellPatch) {
    const ids = idsIn([pos])[0];
    if (readOnly || !ids) return;
    const current = effective(pos);
    setCells.mutate({
      scenarioId,
      lens,
      cells: [
        {
          ...ids,
          role: patch.role !== undefined ? patch.role : (current?.role ?? null),
          note: patch.note ?? current?.note ?? '',
          evidence: patch.evidence !== undefined ? patch.evidence : (current?.evidence ?? null),
        },
      ],
    });
  }

  return { setRoles, clear, fillFromFirst, copyText, copy, announceCopied, paste, updateCell, effective };
}

export type CellEditing = ReturnType<typeof useCellEditing>;
