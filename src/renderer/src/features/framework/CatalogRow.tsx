import type { ComponentProps, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, CatalogItem } from '@shared/domain/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { cx } from '../../components/classNames';
import { InlineEditableText } from '../../components/InlineEditableText';
import { describeError } from '../../i18n/errorText';
import { PencilIcon, editButtonLabel } from '../profiles';
import type { MoveDirection } from './catalog';
import { ItemAttributes } from './ItemAttributes';
import { ItemVisual } from './ItemVisual';

/** The small icon-only buttons at the end of a row. */
function RowAction(props: ComponentProps<typeof Button> & { 'data-control': RowControl }) {
  return <Button variant="ghost" size="small" iconOnly {...props} />;
}

export type RowControl = 'name' | 'edit' | 'hide' | 'up' | 'down' | 'delete';

interface CatalogRowProps {
  item: CatalogItem;
  catalog: Catalog;
  kindLabel: string;
  isFirst: boolean;
  isLast: boolean;
  readOnly: boolean;
  onRename: (name: string) => Promise<void>;
  onToggleHidden: () => void;
  onMove: (direction: MoveDirection, control: RowControl) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One item of a framework list: its name edited in place, its key attributes, and its actions. */
export function CatalogRow({
  item,
  catalog,
  kindLabel,
  isFirst,
  isLast,
  readOnly,
  onRename,
  onToggleHidden,
  onMove,
  onEdit,
  onDelete,
}: CatalogRowProps) {
  const { t } = useTranslation();
  const name = item.name;

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || readOnly) return;
    const direction = event.key === 'ArrowUp' ? 'up' : event.key === 'ArrowDown' ? 'down' : null;
    if (!direction) return;
    event.preventDefault();
    if ((direction === 'up' && isFirst) || (direction === 'down' && isLast)) return;
    const control = (event.target as HTMLElement).dataset.control as RowControl | undefined;
    onMove(direction, control ?? 'name');
  }

  return (
    <li className={cx('item', item.hidden && 'item--hidden')} data-item-id={item.id} onKeyDown={onKeyDown}>
      <div className="item__main">
        <div className="item__title">
          <ItemVisual item={item} />
          <InlineEditableText
            value={name}
            label={t('ui.framework.item.nameOf', { kind: kindLabel, name })}
            onCommit={onRename}
            describeError={(err) => describeError(t, err)}
            disabled={readOnly}
            className="item__name"
            data-control="name"
          />
          {item.hidden && <Badge tone="muted">{t('ui.common.hidden')}</Badge>}
        </div>
        <ItemAttributes item={item} catalog={catalog} />
      </div>
      <div className="item__actions" role="group" aria-label={t('ui.framework.item.actions', { name })}>
        {/* Opens even in a read-only workspace: the details can be read there, not changed. */}
        <Button
          variant="ghost"
          size="small"
          className="btn--icon item__edit"
          aria-label={editButtonLabel(t, item)}
          title={editButtonLabel(t, item)}
          aria-haspopup="dialog"
          data-control="edit"
          onClick={onEdit}
        >
          <PencilIcon />
        </Button>
        <RowAction
          icon={item.hidden ? 'eye' : 'eyeOff'}
          label={t(item.hidden ? 'ui.framework.item.show' : 'ui.framework.item.hide', { name })}
          data-control="hide"
          disabled={readOnly}
          onClick={onToggleHidden}
        />
        <RowAction
          icon="up"
          label={t('ui.framework.item.moveUp', { name })}
          aria-keyshortcuts="Alt+ArrowUp"
          data-control="up"
          disabled={readOnly || isFirst}
          onClick={() => onMove('up', 'up')}
        />
        <RowAction
          icon="down"
          label={t('ui.framework.item.moveDown', { name })}
          aria-keyshortcuts="Alt+ArrowDown"
          data-control="down"
          disabled={readOnly || isLast}
          onClick={() => onMove('down', 'down')}
        />
        <RowAction
          icon="trash"
          label={t('ui.framework.item.delete', { name })}
          data-control="delete"
          disabled={readOnly}
          onClick={onDelete}
          className="btn--danger-ghost"
        />
      </div>
    </li>
  );
}
