import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Axis, MatrixLayout } from './layout';
import { HeaderCell, type HeaderActions } from './HeaderCell';
import { SortableAxis } from './SortableAxis';
import type { SelectionStore } from './selectionStore';

interface GridHeadProps {
  layout: MatrixLayout;
  store: SelectionStore;
  readOnly: boolean;
  actions: HeaderActions;
  onDrop: (axis: Axis, activeId: string, overId: string) => void;
  hintId: string;
}

const kindTitle = (kind: Axis['kind']) => (kind === 'phase' ? 'ui.framework.kinds.phase.title' : 'ui.framework.kinds.channel.title');

/** The header rows: column groups (when grouped), then one header per column after the corner. */
export const GridHead = memo(function GridHead({ layout, store, readOnly, actions, onDrop, hintId }: GridHeadProps) {
  const { t } = useTranslation();
  const { rows, cols } = layout;
  const headerRows = cols.groups ? 2 : 1;
  const rowsTitle = t(kindTitle(rows.kind));
  const corner = (
    <th
      role="columnheader"
      scope="col"
      className="corner"
      rowSpan={headerRows}
      colSpan={rows.groups ? 2 : 1}
      aria-label={rowsTitle}
    >
      <span className="corner__cols" aria-hidden="true">
        {t(kindTitle(cols.kind))} →
      </span>
      <span className="corner__rows" aria-hidden="true">
        {rowsTitle} ↓
      </span>
    </th>
  );
  const headers = cols.items.map((item, index) => (
    <HeaderCell
      key={item.id}
      axis="col"
      index={index}
      item={item}
      isFirst={index === 0}
      isLast={index === cols.items.length - 1}
      store={store}
      readOnly={readOnly}
      actions={actions}
      hintId={hintId}
      t={t}
    />
  ));

  return (
    <thead>
      {cols.groups && (
        <tr role="row" className="grid__group-row">
          {corner}
          {cols.groups.map((group) => (
            <th key={group.key} role="columnheader" scope="colgroup" colSpan={group.span} className={`group group--${group.key}`}>
              {t(`ui.matrix.grid.group.${group.key}`)}
            </th>
          ))}
        </tr>
      )}
      <tr role="row" className="grid__header-row">
        {!cols.groups && corner}
        <SortableAxis axis={cols} orientation="col" onDrop={(activeId, overId) => onDrop(cols, activeId, overId)}>
          {headers}
        </SortableAxis>
      </tr>
    </thead>
  );
});
