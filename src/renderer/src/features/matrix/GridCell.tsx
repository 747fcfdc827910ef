import { memo, useSyncExternalStore } from 'react';
import type { Evidence, Role } from '@shared/domain/types';
import { cx } from '../../components/classNames';
import { EVIDENCE_MARKS } from './RoleGlyph';
import { CELL_ACTIVE, CELL_SELECTED, EDGE_BOTTOM, EDGE_LEFT, EDGE_RIGHT, EDGE_TOP, type SelectionStore } from './selectionStore';

export interface GridCellProps {
  r: number;
  c: number;
  role: Role | null;
  evidence: Evidence | null;
  hasNote: boolean;
  inherited: boolean;
  overridden: boolean;
  label: string;
  store: SelectionStore;
}

/**
 * One cell. Only primitives come in, so React.memo skips every cell whose value
 * did not change; the selection comes from the store, per cell. The role's ball
 * is the cell's background (balls.css), not an element: see there why.
 */
export const GridCell = memo(function GridCell({ r, c, role, evidence, hasNote, inherited, overridden, label, store }: GridCellProps) {
  const flags = useSyncExternalStore(store.subscribe, () => store.flags(r, c));
  const selected = (flags & CELL_SELECTED) !== 0;
  const active = (flags & CELL_ACTIVE) !== 0;
  return (
    <td
      role="gridcell"
      data-pos={`${r}:${c}`}
      data-role={role ?? ''}
      tabIndex={active ? 0 : -1}
      aria-selected={selected}
      aria-label={label}
      className={cx(
        'cell',
        role !== null && `cell--role-${role}`,
        inherited && 'cell--inherited',
        selected && 'cell--selected',
        (flags & EDGE_TOP) !== 0 && 'cell--edge-t',
        (flags & EDGE_RIGHT) !== 0 && 'cell--edge-r',
        (flags & EDGE_BOTTOM) !== 0 && 'cell--edge-b',
        (flags & EDGE_LEFT) !== 0 && 'cell--edge-l',
      )}
    >
      {overridden && <span className="cell__flag" aria-hidden="true" />}
      {hasNote && <span className="cell__note" aria-hidden="true" />}
      {evidence && (
        <span className="cell__evidence" aria-hidden="true">
          {EVIDENCE_MARKS[evidence]}
        </span>
      )}
    </td>
  );
});
