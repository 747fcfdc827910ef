import { memo, useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { cx } from '../../components/classNames';
import type { AxisItem } from './layout';
import { MenuButton } from './MenuButton';
import { CELL_ACTIVE, type SelectionStore } from './selectionStore';

/** What a header can do to its channel or phase; stable across renders. */
export interface HeaderActions {
  reorder(item: AxisItem, delta: -1 | 1): void;
  hide(item: AxisItem): void;
}

interface HeaderCellProps {
  axis: 'row' | 'col';
  index: number;
  item: AxisItem;
  isFirst: boolean;
  isLast: boolean;
  store: SelectionStore;
  readOnly: boolean;
  actions: HeaderActions;
  hintId: string;
  /** Translation, passed in: 72 headers each subscribing to i18n would slow the first render. */
  t: TFunction;
}

/**
 * A column or row header: the name is a menu button (move, hide) that takes
 * part in the grid's arrow-key navigation, and the drag handle for reordering
 * with a pointer. Alt+arrow keys reorder without the menu (handled by the grid).
 */
export const HeaderCell = memo(function HeaderCell({ axis, index, item, isFirst, isLast, store, readOnly, actions, hintId, t }: HeaderCellProps) {
  const pos = axis === 'col' ? `-1:${index}` : `${index}:-1`;
  const [r, c] = axis === 'col' ? [-1, index] : [index, -1];
  const active = (useSyncExternalStore(store.subscribe, () => store.flags(r, c)) & CELL_ACTIVE) !== 0;
  const { setNodeRef, listeners, transform, transition, isDragging } = useSortable({ id: item.id, disabled: readOnly });
  const name = item.name;
  const [back, forward] = axis === 'col' ? (['moveLeft', 'moveRight'] as const) : (['moveUp', 'moveDown'] as const);

  return (
    <th
      ref={setNodeRef}
      role={axis === 'col' ? 'columnheader' : 'rowheader'}
      scope={axis === 'col' ? 'col' : 'row'}
      className={cx('header', axis === 'col' ? 'header--col' : 'header--row', isDragging && 'header--dragging')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <MenuButton
        label={name}
        describedBy={hintId}
        className="header__button"
        tabIndex={active ? 0 : -1}
        buttonProps={{ 'data-pos': pos, ...(readOnly ? {} : listeners) }}
        items={() => [
          {
            id: 'back',
            label: t(`ui.matrix.header.${back}`, { name }),
            disabled: readOnly || isFirst,
            onSelect: () => actions.reorder(item, -1),
          },
          {
            id: 'forward',
            label: t(`ui.matrix.header.${forward}`, { name }),
            disabled: readOnly || isLast,
            onSelect: () => actions.reorder(item, 1),
          },
          { id: 'hide', label: t('ui.matrix.header.hide', { name }), disabled: readOnly, onSelect: () => actions.hide(item) },
        ]}
      >
        <span className="header__name">{name}</span>
      </MenuButton>
    </th>
  );
});
