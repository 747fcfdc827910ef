import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, CatalogItem, CatalogKind } from '@shared/domain/types';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { ProfileEditor } from '../profiles/editor';
import { AddItemForm } from './AddItemForm';
import { moveTarget, neighbourAfterDelete, type MoveDirection } from './catalog';
import { CatalogRow, type RowControl } from './CatalogRow';
import { DeleteConfirm } from './DeleteConfirm';
import { ExampleCustomerTypes } from './ExampleCustomerTypes';
import { useCreateItem, useDeleteItem, useMoveItem, useUpdateItem } from './mutations';
import { useFocusRequest } from './useFocusRequest';

interface CatalogSectionProps {
  kind: CatalogKind;
  /** Sorted by position. */
  items: readonly CatalogItem[];
  /** The whole catalog: editors and summaries refer to other lists (dimensions, channels, typologies). */
  catalog: Catalog;
  readOnly: boolean;
}

/** One framework list (phases, channels, ...): rows, the add field, and the delete confirmation. */
export function CatalogSection({ kind, items, catalog, readOnly }: CatalogSectionProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const headingId = useId();
  const titleId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(listRef, items);
  const [confirming, setConfirming] = useState<CatalogItem | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  // Looked up on every render so the editor shows the saved values; gone (e.g. its creation undone) closes it.
  const editing = editingId === null ? undefined : items.find((item) => item.id === editingId);
  // Forget it too, so a redo that brings the item back does not reopen the editor out of the blue.
  if (editingId !== null && !editing) setEditingId(null);
  const create = useCreateItem();
  const update = useUpdateItem();
  const move = useMoveItem();
  const remove = useDeleteItem();
  const kindLabel = t(`ui.framework.kinds.${kind}.one`);
  const fail = (err: unknown) => notices.showError(describeError(t, err));

  async function onMove(item: CatalogItem, direction: MoveDirection, control: RowControl) {
    const afterId = moveTarget(items, item.id, direction);
    if (afterId === undefined || move.isPending) return;
    try {
      await move.mutateAsync({ kind, id: item.id, afterId });
      requestFocus({ itemId: item.id, control });
      notices.announce(t(direction === 'up' ? 'ui.framework.movedUp' : 'ui.framework.movedDown', { name: item.name }));
    } catch (err) {
      fail(err);
    }
  }

  function onToggleHidden(item: CatalogItem) {
    const hidden = !item.hidden;
    update.mutate(
      { id: item.id, patch: { kind, hidden } },
      {
        onSuccess: () =>
          notices.announce(t(hidden ? 'ui.framework.hiddenNow' : 'ui.framework.shownNow', { name: item.name })),
        onError: fail,
      },
    );
  }

  async function onConfirmDelete(item: CatalogItem) {
    const next = neighbourAfterDelete(items, item.id);
    try {
      await remove.mutateAsync({ kind, id: item.id });
      setConfirming(null);
      requestFocus(next ? { itemId: next, control: 'delete' } : { itemId: null, control: 'add' });
      notices.announce(t('ui.framework.deleted', { name: item.name }));
    } catch (err) {
      setConfirming(null);
      fail(err);
    }
  }

  return (
    <section className="catalog-section card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        <span id={titleId}>{t(`ui.framework.kinds.${kind}.title`)}</span>
        <span className="catalog-section__count" aria-hidden="true">
          {items.length}
        </span>
      </h2>
      <div ref={listRef}>
        {items.length === 0 ? (
          <p className="muted catalog-section__empty">{t(`ui.framework.kinds.${kind}.empty`)}</p>
        ) : (
          <ul className="catalog-list" role="list" aria-labelledby={titleId}>
            {items.map((item, index) => (
              <CatalogRow
                key={item.id}
                item={item}
                catalog={catalog}
                kindLabel={kindLabel}
                isFirst={index === 0}
                isLast={index === items.length - 1}
                readOnly={readOnly}
                onRename={async (name) => {
                  await update.mutateAsync({ id: item.id, patch: { kind, name } });
                }}
                onToggleHidden={() => onToggleHidden(item)}
                onMove={(direction, control) => void onMove(item, direction, control)}
                onEdit={() => setEditingId(item.id)}
                onDelete={() => setConfirming(item)}
              />
            ))}
          </ul>
        )}
        {kind === 'customerType' && <ExampleCustomerTypes items={items} readOnly={readOnly} />}
        <AddItemForm
          kind={kind}
          readOnly={readOnly}
          onAdd={async (name) => {
            const added = await create.mutateAsync({ kind, name });
            notices.announce(t('ui.framework.added', { name: added.name }));
          }}
        />
      </div>
      {confirming && (
        <DeleteConfirm
          item={confirming}
          kindLabel={kindLabel}
          busy={remove.isPending}
          onConfirm={() => void onConfirmDelete(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {editing && (
        <ProfileEditor item={editing} catalog={catalog} readOnly={readOnly} onClose={() => setEditingId(null)} />
      )}
    </section>
  );
}
