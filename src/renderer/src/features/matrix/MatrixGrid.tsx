import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ClipboardEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/domain/types';
import type { EffectiveCell } from '@shared/analysis/matrix';
import { platform } from '../../commands/platform';
import { isTypingTarget } from '../../commands/shortcuts';
import { cx } from '../../components/classNames';
import { GridBody, type LensNames } from './GridBody';
import { GridHead } from './GridHead';
import type { AxisItem, Axis, MatrixLayout } from './layout';
import { gridKeyAction } from './keymap';
import type { HeaderActions } from './HeaderCell';
import type { CellTexts } from './names';
import { applyMove, clampSelection, collapseTo, extendTo, samePos, selectAll, type Pos } from './selection';
import type { SelectionStore } from './selectionStore';
import { useLatest } from './useLatest';
import type { ValueStore } from './valueStore';

/** What the grid asks its owner to do with the selection. */
export interface GridCommands {
  setRole(role: Role): void;
  clear(): void;
  fill(): void;
  open(pos: Pos): void;
  /** Copy through the async clipboard; false when there is none (the copy event does it then). */
  copy(): boolean;
  cut(): void;
  /** The selection as tab-separated text, for the copy event. */
  copyText(): string | null;
  paste(text: string): void;
}

interface MatrixGridProps {
  label: string;
  layout: MatrixLayout;
  cellsStore: ValueStore<ReadonlyMap<string, EffectiveCell>>;
  texts: CellTexts;
  lensNames: LensNames;
  store: SelectionStore;
  readOnly: boolean;
  headerActions: HeaderActions;
  onDrop: (axis: Axis, activeId: string, overId: string) => void;
  commands: GridCommands;
  describedBy?: string | undefined;
}

function posOf(target: EventTarget | null): Pos | null {
  const value = target instanceof HTMLElement ? target.dataset.pos : undefined;
  if (!value) return null;
  const [r, c] = value.split(':').map(Number);
  return r === undefined || c === undefined ? null : { r, c };
}

const cellPosOf = (target: EventTarget | null): Pos | null =>
  posOf(target instanceof Element ? target.closest('td[data-pos]') : null);

let readyMarked = false;

/**
 * The matrix as an ARIA grid: one tab stop (roving tabindex over headers and
 * cells), arrow-key navigation, range selection by Shift+arrows, Shift+click or
 * dragging, clipboard events, and header reordering with Alt+arrow keys.
 */
export function MatrixGrid({ label, layout, cellsStore, texts, lensNames, store, readOnly, headerActions, onDrop, commands, describedBy }: MatrixGridProps) {
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const hintId = useId();
  const size = useMemo(() => ({ rows: layout.rows.items.length, cols: layout.cols.items.length }), [layout]);
  const dragging = useRef(false);
  const pendingFocus = useRef<{ id: string; from: number; until: number } | null>(null);
  const latest = useLatest({ commands, headerActions, onDrop, layout });
  const engaged = useSyncExternalStore(store.subscribe, () => store.engaged);

  const focusAt = (pos: Pos) => tableRef.current?.querySelector<HTMLElement>(`[data-pos="${pos.r}:${pos.c}"]`)?.focus();

  // Stable for the memoised header rows; they reach the latest props through the ref.
  const [actions] = useState<HeaderActions>(() => {
    const indexOf = (item: AxisItem) => {
      const { rows, cols } = latest.current.layout;
      return (item.kind === rows.kind ? rows : cols).items.findIndex((i) => i.id === item.id);
    };
    return {
      reorder: (item, delta) => {
        pendingFocus.current = { id: item.id, from: indexOf(item), until: Date.now() + 5000 };
        latest.current.headerActions.reorder(item, delta);
      },
      hide: (item) => latest.current.headerActions.hide(item),
    };
  });
  const [drop] = useState(() => (axis: Axis, activeId: string, overId: string) => latest.current.onDrop(axis, activeId, overId));

  useLayoutEffect(() => {
    store.set(clampSelection(store.get(), size));
  }, [store, size]);

  // After a reorder, focus follows the moved header to its new place.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || Date.now() > pending.until) return;
    const c = layout.cols.items.findIndex((i) => i.id === pending.id);
    const r = layout.rows.items.findIndex((i) => i.id === pending.id);
    const pos = c >= 0 ? { r: -1, c } : r >= 0 ? { r, c: -1 } : null;
    if (!pos || (pos.r === -1 ? pos.c : pos.r) === pending.from) return;
    pendingFocus.current = null;
    store.set(collapseTo(pos, store.get()));
    focusAt(pos);
  }, [layout, store]);

  useEffect(() => {
    if (readyMarked) return;
    readyMarked = true;
    performance.mark('cw:matrix:ready');
  }, []);

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    window.addEventListener('pointerup', stop);
    return () => window.removeEventListener('pointerup', stop);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const pos = posOf(event.target);
    if (!pos || event.nativeEvent.isComposing || isTypingTarget(event.target as HTMLElement)) return;
    const target = pos.r === -1 ? 'columnHeader' : pos.c === -1 ? 'rowHeader' : 'cell';
    const action = gridKeyAction(event, target, platform);
    if (!action) return;
    const { commands: run, layout: current } = latest.current;
    switch (action.type) {
      case 'move': {
        const next = applyMove(store.get(), action.move, action.extend, size);
        store.set(next);
        focusAt(next.active);
        break;
      }
      case 'reorder': {
        const item = target === 'columnHeader' ? current.cols.items[pos.c] : current.rows.items[pos.r];
        if (item && !readOnly) actions.reorder(item, action.delta);
        break;
      }
      case 'open':
        // On a header, Enter and Space are the menu button's own.
        if (target !== 'cell') return;
        run.open(pos);
        break;
      case 'collapse': {
        const state = store.get();
        if (samePos(state.anchor, state.extent)) return;
        store.set(collapseTo(state.active));
        break;
      }
      case 'selectAll':
        store.set(selectAll(store.get(), size));
        break;
      case 'copy':
        if (!run.copy()) return;
        break;
      case 'setRole':
        run.setRole(action.role);
        break;
      case 'clear':
        run.clear();
        break;
      case 'fill':
        run.fill();
        break;
      case 'cut':
        run.cut();
        break;
    }
    event.preventDefault();
  }

  function onPointerDown(event: PointerEvent<HTMLTableElement>) {
    if (event.button !== 0) return;
    const pos = cellPosOf(event.target);
    if (!pos) return;
    const state = store.get();
    store.set(event.shiftKey ? extendTo(state, pos) : collapseTo(pos));
    dragging.current = !event.shiftKey;
  }

  function onPointerOver(event: PointerEvent<HTMLTableElement>) {
    if (!dragging.current || event.buttons !== 1) return;
    const pos = cellPosOf(event.target);
    const state = store.get();
    if (pos && !samePos(pos, state.extent)) store.set({ ...state, extent: pos });
  }

  function onCopy(event: ClipboardEvent<HTMLTableElement>) {
    if (!posOf(event.target)) return;
    const text = latest.current.commands.copyText();
    if (text === null) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  }

  function onPaste(event: ClipboardEvent<HTMLTableElement>) {
    if (!posOf(event.target) || isTypingTarget(event.target as HTMLElement)) return;
    event.preventDefault();
    latest.current.commands.paste(event.clipboardData.getData('text/plain'));
  }

  return (
    <>
      <table
        ref={tableRef}
        role="grid"
        aria-label={label}
        aria-describedby={describedBy}
        aria-multiselectable="true"
        aria-readonly={readOnly || undefined}
        className={cx('matrix-grid', layout.rows.groups && 'matrix-grid--row-groups', layout.cols.groups && 'matrix-grid--col-groups')}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerOver={onPointerOver}
        data-engaged={engaged || undefined}
        onFocus={(event) => {
          store.engage();
          const pos = posOf(event.target);
          if (pos && !samePos(store.get().active, pos)) store.set(collapseTo(pos, store.get()));
        }}
        onDoubleClick={(event) => {
          const pos = cellPosOf(event.target);
          if (pos) latest.current.commands.open(pos);
        }}
        onCopy={onCopy}
        onPaste={onPaste}
      >
        <GridHead layout={layout} store={store} readOnly={readOnly} actions={actions} onDrop={drop} hintId={hintId} />
        <GridBody
          layout={layout}
          cellsStore={cellsStore}
          texts={texts}
          lensNames={lensNames}
          store={store}
          readOnly={readOnly}
          actions={actions}
          onDrop={drop}
          hintId={hintId}
        />
      </table>
      <span id={hintId} hidden>
        {t('ui.matrix.grid.headerHint')}
      </span>
    </>
  );
}
