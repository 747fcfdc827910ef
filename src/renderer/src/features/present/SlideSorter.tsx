import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import type { Deck, Slide } from '@shared/present/deck';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { useDeleteSlide, useMoveSlide, useSaveSlide } from './mutations';
import { SlideRow, type SlideRowActions } from './SlideRow';
import { TextSlideDialog } from './TextSlideDialog';

interface SlideSorterProps {
  deck: Deck;
  titles: ReadonlyMap<string, string>;
  catalog: Catalog;
  journeys: readonly Journey[];
  readOnly: boolean;
  onStartAt: (slide: Slide) => void;
}

/** The deck as a list: drag (pointer or keyboard) or the arrow buttons reorder; every change is one undo step. */
export function SlideSorter({ deck, titles, catalog, journeys, readOnly, onStartAt }: SlideSorterProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const helpId = useId();
  const save = useSaveSlide();
  const move = useMoveSlide();
  const remove = useDeleteSlide();
  const [editing, setEditing] = useState<Slide | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const onError = (err: unknown) => notices.showError(describeError(t, err));
  const titleOf = (slide: Slide) => titles.get(slide.id) ?? '';

  const actions: SlideRowActions = {
    move: (slide, toIndex) =>
      move.mutate(
        { id: slide.id, toIndex },
        {
          onSuccess: (next) => {
            const place = next.findIndex((s) => s.id === slide.id) + 1;
            notices.announce(t('ui.present.sorter.moved', { title: titleOf(slide), place, count: next.length }));
          },
          onError,
        },
      ),
    setHidden: (slide, hidden) => save.mutate({ id: slide.id, patch: { hidden } }, { onError }),
    saveNotes: (slide, notes) => save.mutate({ id: slide.id, patch: { notes } }, { onError }),
    retarget: (slide, { scenarioId, compareScenarioId, lens }) =>
      save.mutate({ id: slide.id, patch: { scenarioId, compareScenarioId: compareScenarioId ?? undefined, lens } }, { onError }),
    edit: setEditing,
    remove: (slide) => remove.mutate({ id: slide.id }, { onError }),
    startHere: onStartAt,
  };

  // dnd-kit's own announcements name the slides by id and only in English.
  const place = (id: string | number | undefined) => deck.findIndex((s) => s.id === id) + 1;
  const named = (id: string | number) => titles.get(String(id)) ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('ui.present.sorter.dragStart', { title: named(active.id), place: place(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('ui.present.sorter.dragOver', { title: named(active.id), place: place(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => t('ui.present.sorter.dragEnd', { title: named(active.id), place: place(over?.id ?? active.id) }),
    onDragCancel: ({ active }) => t('ui.present.sorter.dragCancel', { title: named(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const slide = deck.find((s) => s.id === active.id);
    const toIndex = deck.findIndex((s) => s.id === over.id);
    if (slide && toIndex >= 0) actions.move(slide, toIndex);
  };

  return (
    <>
      {!readOnly && (
        <p id={helpId} className="muted present-sorter__help">
          {t('ui.present.sorter.dragHelp')}
        </p>
      )}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: t('ui.present.sorter.dragHelp') } }}>
        <SortableContext items={deck.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <ol className="present-sorter" aria-label={t('ui.present.sorter.label')} aria-describedby={readOnly ? undefined : helpId}>
            {deck.map((slide, index) => (
              <SlideRow
                key={slide.id}
                slide={slide}
                title={titleOf(slide)}
                index={index}
                count={deck.length}
                catalog={catalog}
                journeys={journeys}
                readOnly={readOnly}
                actions={actions}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {editing && editing.params.kind === 'text' && (
        <TextSlideDialog
          mode="edit"
          initial={{ title: editing.params.title, body: editing.params.body, notes: editing.notes }}
          onSave={(values) => save.mutateAsync({ id: editing.id, patch: { title: values.title, body: values.body } })}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
