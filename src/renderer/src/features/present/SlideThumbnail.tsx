import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import type { Slide } from '@shared/present/deck';
import { SlideCanvas } from './fit/SlideCanvas';
import { SlideView } from './SlideView';

interface SlideThumbnailProps {
  slide: Slide;
  title: string;
  catalog: Catalog;
  journeys: readonly Journey[];
}

/**
 * The slide itself, drawn small, once it scrolls into view: a long deck does
 * not compute every chart and finding before the sorter can be used.
 */
export function SlideThumbnail({ slide, title, catalog, journeys }: SlideThumbnailProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return (
    <div ref={ref} className="present-row__thumb" role="img" aria-label={t('ui.present.thumbnail', { title })}>
      {/* The picture is named by its label; its insides are not read out a second time. */}
      {seen && (
        <div className="present-row__thumb-inner" aria-hidden="true">
          <SlideCanvas>
            <SlideView slide={slide} title={title} catalog={catalog} journeys={journeys} readOnly preview />
          </SlideCanvas>
        </div>
      )}
    </div>
  );
}
