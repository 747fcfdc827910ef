import { memo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectiveCell } from '@shared/analysis/matrix';
import { cellViewAt, rowSignature } from './cellView';
import type { Axis, AxisGroup, AxisItem, MatrixLayout } from './layout';
import { cellAt } from './layout';
import { GridCell } from './GridCell';
import { HeaderCell, type HeaderActions } from './HeaderCell';
import { cellName, type CellTexts } from './names';
import { SortableAxis } from './SortableAxis';
import type { SelectionStore } from './selectionStore';
import type { ValueStore } from './valueStore';

export interface LensNames {
  /** The lens shown ("All customers" or a customer type, typology or domain). */
  lens: string;
  all: string;
  isAll: boolean;
}

type Cells = ReadonlyMap<string, EffectiveCell>;

interface RowShared {
  layout: MatrixLayout;
  cellsStore: ValueStore<Cells>;
  texts: CellTexts;
  lensNames: LensNames;
  store: SelectionStore;
  readOnly: boolean;
  actions: HeaderActions;
  hintId: string;
}

interface GridBodyProps extends RowShared {
  onDrop: (axis: Axis, activeId: string, overId: string) => void;
}

/**
 * The body rows. Its props do not change with the cells (the rows read those
 * from the store), so a role change never re-renders the body or the
 * drag-and-drop context around it.
 */
export const GridBody = memo(function GridBody({ onDrop, ...shared }: GridBodyProps) {
  const { rows } = shared.layout;
  return (
    <SortableAxis axis={rows} orientation="row" onDrop={(activeId, overId) => onDrop(rows, activeId, overId)}>
      <tbody>
        {rows.items.map((row, r) => (
          <GridRow key={row.id} r={r} row={row} group={rows.groups?.find((g) => g.start === r) ?? null} {...shared} />
        ))}
      </tbody>
    </SortableAxis>
  );
});

interface GridRowProps extends RowShared {
  r: number;
  row: AxisItem;
  /** The group that starts at this row (its header spans the group's rows). */
  group: AxisGroup | null;
}

/** One row: re-renders only when what it shows changes (its signature), then only changed cells. */
const GridRow = memo(function GridRow({ r, row, group, layout, cellsStore, texts, lensNames, store, readOnly, actions, hintId }: GridRowProps) {
  const { t } = useTranslation();
  // The signature is what makes this row re-render; the cells themselves are read below.
  useSyncExternalStore(cellsStore.subscribe, () => rowSignature(cellsStore.get(), layout, r, lensNames.isAll));
  const cells = cellsStore.get();
  const count = layout.rows.items.length;
  return (
    <tr role="row">
      {group && (
        <th role="rowheader" scope="rowgroup" rowSpan={group.span} className={`group group--row group--${group.key}`}>
          <span className="group__label">{t(`ui.matrix.grid.group.${group.key}`)}</span>
        </th>
      )}
      <HeaderCell
        axis="row"
        index={r}
        item={row}
        isFirst={r === 0}
        isLast={r === count - 1}
        store={store}
        readOnly={readOnly}
        actions={actions}
        hintId={hintId}
        t={t}
      />
      {layout.cols.items.map((col, c) => {
        const ids = cellAt(layout, r, c)!;
        const view = cellViewAt(cells, layout, r, c, lensNames.isAll);
        return (
          <GridCell
            key={col.id}
            r={r}
            c={c}
            {...view}
            store={store}
            label={cellName(texts, { ...view, phase: ids.phase.name, channel: ids.channel.name, lens: lensNames.lens, allLens: lensNames.all })}
          />
        );
      })}
    </tr>
  );
});
