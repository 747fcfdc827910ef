import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { isRemovable, type Slide } from '@shared/present/deck';
import { isTargeted } from '@shared/present/slide-keys';
import { CHARTS } from '@shared/analysis/charts/registry';
import { Button } from '../../components/Button';
import { cx } from '../../components/classNames';
import { SlideThumbnail } from './SlideThumbnail';
import { SubjectFields, type Subject } from './SubjectFields';

export interface SlideRowActions {
  move(slide: Slide, toIndex: number): void;
  setHidden(slide: Slide, hidden: boolean): void;
  saveNotes(slide: Slide, notes: string): void;
  /** Point the slide at another scenario, scenario to compare with, or lens. */
  retarget(slide: Slide, patch: Partial<Subject>): void;
  edit(slide: Slide): void;
  remove(slide: Slide): void;
  startHere(slide: Slide): void;
}

interface SlideRowProps {
  slide: Slide;
  title: string;
  index: number;
  count: number;
  catalog: Catalog;
  journeys: readonly Journey[];
  readOnly: boolean;
  actions: SlideRowActions;
}

/** One slide in the sorter: thumbnail, drag handle, place, title, what it shows, hide/show, move buttons, notes. */
export function SlideRow({ slide, title, index, count, catalog, journeys, readOnly, actions }: SlideRowProps) {
  const { t } = useTranslation();
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: slide.id, disabled: readOnly });
  const [notes, setNotes] = useState(slide.notes);
  const [shownNotes, setShownNotes] = useState(slide.notes);
  // A change from elsewhere (undo, another window) replaces an unedited field.
  if (slide.notes !== shownNotes) {
    setShownNotes(slide.notes);
    setNotes(slide.notes);
  }
  const style = { transform: CSS.Transform.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={cx('present-row', slide.hidden && 'present-row--hidden', isDragging && 'present-row--dragging')}
      aria-label={title}
    >
      <SlideThumbnail slide={slide} title={title} catalog={catalog} journeys={journeys} />
      <div className="present-row__main">
      <div className="present-row__head">
        {!readOnly && (
          <button type="button" className="present-row__handle" aria-label={t('ui.present.sorter.drag', { title })} {...attributes} {...listeners}>
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <span className="present-row__place">{index + 1}</span>
        <span className="present-row__title">{title}</span>
        <span className="present-row__kind">{t(`ui.present.kinds.${slide.kind}`)}</span>
        {slide.hidden && <span className="present-row__badge">{t('ui.present.sorter.hidden')}</span>}
        <span className="present-row__actions">
          <Button size="small" variant="ghost" onClick={() => actions.startHere(slide)} disabled={slide.hidden}>
            {t('ui.present.startHere')}
          </Button>
          {!readOnly && (
            <>
              <Button size="small" variant="ghost" icon="up" iconOnly label={t('ui.present.sorter.moveUp', { title })} disabled={index === 0} onClick={() => actions.move(slide, index - 1)} />
              <Button size="small" variant="ghost" icon="down" iconOnly label={t('ui.present.sorter.moveDown', { title })} disabled={index === count - 1} onClick={() => actions.move(slide, index + 1)} />
              <Button
                size="small"
                variant="ghost"
                icon={slide.hidden ? 'eye' : 'eyeOff'}
                iconOnly
                label={slide.hidden ? t('ui.present.sorter.show', { title }) : t('ui.present.sorter.hide', { title })}
                onClick={() => actions.setHidden(slide, !slide.hidden)}
              />
              {slide.kind === 'text' && (
                <Button size="small" variant="ghost" icon="file" iconOnly label={t('ui.present.sorter.edit', { title })} onClick={() => actions.edit(slide)} />
              )}
              {isRemovable(slide) && (
                <Button size="small" variant="ghost" icon="trash" iconOnly label={t('ui.present.sorter.delete', { title })} onClick={() => actions.remove(slide)} />
              )}
            </>
          )}
        </span>
      </div>
      {isTargeted(slide.params) && (
        <SubjectFields
          catalog={catalog}
          value={{ scenarioId: slide.params.scenarioId, compareScenarioId: 'compareScenarioId' in slide.params ? slide.params.compareScenarioId : null, lens: slide.params.lens }}
          onChange={(patch) => actions.retarget(slide, patch)}
          compares={slide.params.kind === 'change' || (slide.params.kind === 'chart' && CHARTS[slide.params.chartId].compares)}
          lensed={slide.params.kind !== 'chart' || CHARTS[slide.params.chartId].lensed}
          slideTitle={title}
          disabled={readOnly}
        />
      )}
      <label className="present-row__notes">
        <span className="sr-only">{t('ui.present.sorter.notesFor', { title })}</span>
        <textarea
          className="input"
          rows={1}
          placeholder={t('ui.present.sorter.notes')}
          value={notes}
          readOnly={readOnly}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => notes !== slide.notes && actions.saveNotes(slide, notes)}
        />
      </label>
      </div>
    </li>
  );
}
