import type { TFunction } from 'i18next';
import type { HScrollerTexts } from '../../components/HScroller';

/** The texts of a sideways-scrolling strip of the journey page (ui.journeys.<strip>.scroll: label, hint, before_*, after_*). */
export function scrollTexts(t: TFunction, strip: 'map' | 'switches', name = ''): HScrollerTexts {
  const key = `ui.journeys.${strip}.scroll` as const;
  return {
    label: t(`${key}.label`, { name }),
    hint: t(`${key}.hint`),
    before: (count) => t(`${key}.before`, { count }),
    after: (count) => t(`${key}.after`, { count }),
  };
}
