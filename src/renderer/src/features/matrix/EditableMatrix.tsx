import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lens } from '@shared/domain/types';
import { effectiveMatrix } from '@shared/analysis/matrix';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import { EditBar } from './EditBar';
import type { LensNames } from './GridBody';
import type { HeaderActions } from './HeaderCell';
import { cellAt, type Axis, type MatrixLayout } from './layout';
import { CellPopover } from './CellPopover';
import { MatrixGrid, type GridCommands } from './MatrixGrid';
import { cellTexts } from './names';
import { useMatrix } from './queries';
import { cellPos, type CellRef } from './route';
import { collapseTo, selectedRect, type Pos } from './selection';
import { SelectionStore } from './selectionStore';
import { useCellEditing } from './useCellEditing';
import { ValueStore } from './valueStore';

interface EditableMatrixProps {
  scenarioId: string;
  scenarioName: string;
  lens: Lens;
  lensNames: LensNames;
  layout: MatrixLayout;
  readOnly: boolean;
  headerActions: HeaderActions;
  onDrop: (axis: Axis, activeId: string, overId: string) => void;
  /** Show the Fill / Reset / Clear bar (the single view; side by side leaves it out). */
  showEditBar: boolean;
  /** Controls to show in the same row as the edit bar (one row saves height on a big screen). */
  toolbar?: ReactNode;
  /** Instructions for the grid. */
  describedBy?: string;
  /** A cell to select and focus once the cells are in (a finding's link); `onFocusCell` says it was taken. */
  focusCell?: CellRef | null;
  onFocusCell?: () => void;
  /** A selection shared with another grid of the same layout (side by side), so both mark the same cells. */
  selection?: SelectionStore;
}

/** One scenario's matrix in one lens: the grid, its selection and clipboard, and the cell popover. */
export function EditableMatrix(props: EditableMatrixProps) {
  const { scenarioId, scenarioName, lens, lensNames, layout, readOnly, headerActions, onDrop, showEditBar, toolbar, describedBy, focusCell, onFocusCell } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const matrix = useMatrix(scenarioId, lens);
  const [ownSelection] = useState(() => new SelectionStore());
  const store = props.selection ?? ownSelection;
  const [popover, setPopover] = useState<{ pos: Pos; anchor: DOMRect | null } | null>(null);
  const texts = useMemo(() => cellTexts(t), [t]);
  // Shown while another scenario's or lens's cells load: writes still go to the right view (the
  // query applies pending ones when it lands), but nothing may read these values.
  const stale = matrix.isPlaceholderData;
  const cells = useMemo(() => effectiveMatrix(matrix.data ?? [], lens), [matrix.data, lens]);
  // The grid's rows read the cells from a store, so a change re-renders only the rows it touches.
  const [cellsStore] = useState(() => new ValueStore(cells));
  useLayoutEffect(() => cellsStore.set(cells), [cellsStore, cells]);
  const editing = useCellEditing({ scenarioId, lens, layout, cells, readOnly });

  const elementAt = (pos: Pos) => scrollRef.current?.querySelector<HTMLElement>(`[data-pos="${pos.r}:${pos.c}"]`) ?? null;
  const withSelection = (run: (rect: NonNullable<ReturnType<typeof selectedRect>>) => void) => () => {
    const rect = selectedRect(store.get());
    if (rect) run(rect);
  };
  const commands: GridCommands = {
    setRole: (role) => withSelection((rect) => editing.setRoles(rect, role))(),
    clear: withSelection(editing.clear),
    fill: withSelection((rect) => !stale && editing.fillFromFirst(rect)),
    open: (pos) => {
      if (stale) return;
      setPopover({ pos, anchor: elementAt(pos)?.getBoundingClientRect() ?? null });
    },
    copy: () => {
      const rect = selectedRect(store.get());
      return rect && !stale ? editing.copy(rect) : false;
    },
    cut: withSelection((rect) => {
      if (stale) return;
      if (editing.copy(rect) || document.execCommand('copy')) editing.clear(rect);
    }),
    copyText: () => {
      const rect = selectedRect(store.get());
      if (!rect || stale) return null;
      editing.announceCopied(rect);
      return editing.copyText(rect);
    },
    paste: (text) => {
      const rect = selectedRect(store.get());
      if (rect) editing.paste(text, rect);
    },
  };

  const loaded = matrix.data !== undefined && !stale;
  useEffect(() => {
    if (!focusCell || !loaded) return;
    onFocusCell?.();
    const pos = cellPos(layout, focusCell);
    if (!pos) return;
    store.set(collapseTo(pos));
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-pos="${pos.r}:${pos.c}"]`);
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    element?.focus();
  }, [focusCell, loaded, layout, onFocusCell, store]);

  const gridLabel = t('ui.matrix.grid.label', { scenario: scenarioName, lens: lensNames.lens });
  const focusActive = () => elementAt(store.get().active)?.focus();

  if (matrix.isError) return <Alert tone="error">{describeError(t, matrix.error)}</Alert>;
  if (!matrix.data) return <p className="muted">{t('ui.matrix.loading')}</p>;

  const popoverIds = popover ? cellAt(layout, popover.pos.r, popover.pos.c) : null;
  return (
    <div className="editable-matrix">
      {(toolbar || showEditBar) && (
        <div className="matrix-toolbar__row">
          {toolbar}
          {showEditBar && (
            <EditBar
              store={store}
              isAllLens={lensNames.isAll}
              readOnly={readOnly || stale}
              onFill={(role) => {
                withSelection((rect) => editing.setRoles(rect, role))();
                focusActive();
              }}
              onClear={() => {
                commands.clear();
                focusActive();
              }}
            />
          )}
        </div>
      )}
      <div ref={scrollRef} className={stale ? 'grid-scroll grid-scroll--stale' : 'grid-scroll'} aria-busy={stale || undefined}>
        <MatrixGrid
          label={gridLabel}
          layout={layout}
          cellsStore={cellsStore}
          texts={texts}
          lensNames={lensNames}
          store={store}
          readOnly={readOnly}
          headerActions={headerActions}
          onDrop={onDrop}
          commands={commands}
          describedBy={describedBy}
        />
      </div>
      {popover && popoverIds && (
        <CellPopover
          key={`${popover.pos.r}:${popover.pos.c}`}
          phase={popoverIds.phase.name}
          channel={popoverIds.channel.name}
          cell={editing.effective(popover.pos)}
          isAllLens={lensNames.isAll}
          allName={lensNames.all}
          readOnly={readOnly}
          anchor={popover.anchor}
          onUpdate={(patch) => editing.updateCell(popover.pos, patch)}
          onReset={() => {
            editing.clear({ top: popover.pos.r, bottom: popover.pos.r, left: popover.pos.c, right: popover.pos.c });
            setPopover(null);
          }}
          onClose={() => setPopover(null)}
        />
      )}
    </div>
  );
}
