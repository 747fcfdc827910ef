import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Phase } from '@shared/domain/types';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import type { HeaderActions } from './HeaderCell';
import type { Axis, AxisItem } from './layout';
import { useMoveItem, useShowAll, useUpdateItem } from './mutations';
import { dropAfterId, stepAfterId } from './reorder';
import { useLatest } from './useLatest';

interface AxisActionsInput {
  /** Sorted by position, hidden ones included. */
  phases: readonly Phase[];
  channels: readonly Channel[];
  /** The axes shown: a step moves past hidden and filtered items, and stays in its group. */
  axes: readonly Axis[];
  readOnly: boolean;
}

/** Reorder (keyboard and drop), hide and show-all for phases and channels, from the grid's headers. */
export function useAxisActions(input: AxisActionsInput) {
  const { t } = useTranslation();
  const notices = useNotices();
  const move = useMoveItem();
  const update = useUpdateItem();
  const reveal = useShowAll();
  const latest = useLatest({ ...input, t, notices, move, update, reveal });

  // Stable: the headers are memoised and read the latest state through the ref.
  const [actions] = useState(() => {
    const all = (kind: AxisItem['kind']) => (kind === 'phase' ? latest.current.phases : latest.current.channels);
    const fail = (err: unknown) => latest.current.notices.showError(describeError(latest.current.t, err));
    const moveTo = (item: AxisItem, afterId: string | null | undefined) => {
      const { readOnly, move: mover, notices, t: tr } = latest.current;
      if (readOnly || afterId === undefined) return;
      mover.mutate(
        { kind: item.kind, id: item.id, afterId },
        { onSuccess: () => notices.announce(tr('ui.matrix.header.moved', { name: item.name })), onError: fail },
      );
    };
    const headerActions: HeaderActions = {
      reorder: (item, delta) => {
        const axis = latest.current.axes.find((a) => a.kind === item.kind);
        if (axis) moveTo(item, stepAfterId(all(item.kind), axis, item.id, delta));
      },
      hide: (item) => {
        const { readOnly, update: updater, notices, t: tr } = latest.current;
        if (readOnly) return;
        updater.mutate(
          { id: item.id, patch: { kind: item.kind, hidden: true } },
          { onSuccess: () => notices.announce(tr('ui.matrix.header.hiddenNow', { name: item.name })), onError: fail },
        );
      },
    };
    return {
      headerActions,
      onDrop: (axis: Axis, activeId: string, overId: string) => {
        const item = axis.items.find((i) => i.id === activeId);
        if (item) moveTo(item, dropAfterId(all(axis.kind), axis.items.map((i) => i.id), activeId, overId));
      },
      showAll: async () => {
        const { reveal: revealer, notices, t: tr } = latest.current;
        try {
          // One action, so one Undo hides them all again.
          await revealer.mutateAsync({ kinds: ['phase', 'channel'] });
          notices.announce(tr('ui.matrix.view.shownAll'));
        } catch (err) {
          fail(err);
        }
      },
    };
  });
  return actions;
}
