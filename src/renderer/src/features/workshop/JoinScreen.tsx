import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '@shared/domain/types';
import { NO_TARGET } from '@shared/present/slide-keys';
import type { Slide } from '@shared/present/deck';
import { Button } from '../../components/Button';
import { SlideCanvas, SlideView } from '../present/slides';
// The slide show's styles: the Workshop page is its own chunk and may open before present mode ever did.
import '../present/present.css';

const JOIN: Slide = { id: 'join', kind: 'join', params: { kind: 'join' }, hidden: false, notes: '', position: '', saved: false, target: NO_TARGET, removable: false };

/** The join slide over the whole window, from the Workshop page, for the minutes while the room joins. Esc closes it. */
export function JoinScreen({ catalog, onClose }: { catalog: Catalog; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    ref.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div ref={ref} className="present-show workshop-join-screen" role="region" aria-label={t('ui.workshop.share.joinScreen')} tabIndex={-1}>
      <div className="present-show__stage">
        <SlideCanvas>
          <SlideView slide={JOIN} title={t('ui.present.slideTitle.join')} catalog={catalog} journeys={[]} readOnly />
        </SlideCanvas>
      </div>
      <div className="present-show__bar">
        <span className="present-show__counter" />
        <Button size="small" variant="ghost" icon="close" label={t('ui.workshop.share.closeJoin')} onClick={onClose} />
      </div>
    </div>
  );
}
