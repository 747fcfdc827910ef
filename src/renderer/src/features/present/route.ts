/**
 * Present mode's places in the URL hash: the sorter (#/present), the show
 * (#/present/show, with ?start=first|current|<slide id> when it begins) and
 * the presenter view (#/present/presenter, opened in a second window).
 */
export type PresentView = 'sorter' | 'show' | 'presenter';

export interface PresentRoute {
  view: PresentView;
  start: string | null;
}

export function parsePresentRoute(hash: string): PresentRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const part = path.split('/')[1] ?? '';
  const view: PresentView = part === 'show' ? 'show' : part === 'presenter' ? 'presenter' : 'sorter';
  const start = new URLSearchParams(query).get('start');
  return { view, start: view === 'show' && start ? start : null };
}

export const showHash = (start: 'first' | 'current' | string): string => `#/present/show?start=${encodeURIComponent(start)}`;
export const SORTER_HASH = '#/present';
export const PRESENTER_HASH = '#/present/presenter';

/** Where the show begins: a slide id, the one last shown, or the first one shown. */
export function startSlide(start: string | null, visibleIds: readonly string[], lastShown: string | null): string | null {
  const first = visibleIds[0] ?? null;
  if (start === 'current') return lastShown !== null && visibleIds.includes(lastShown) ? lastShown : first;
  if (start !== null && start !== 'first' && visibleIds.includes(start)) return start;
  return first;
}
