import { useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHash } from '../../app/useHashRoute';
import { NAV_ITEMS, navItemFor, type NavItem } from './navItems';
import { keptView } from './viewMemory';

/**
 * The main navigation: links with aria-current on the page that is shown. A
 * page that keeps its view (matrix, charts, findings) is linked to the view it
 * was left in, for as long as this workspace is open: a facilitator who looks
 * at the charts comes back to the same scenario and lens in the matrix.
 */
/** A failed preload is retried when the page is opened, and reported there. */
const ignore = () => undefined;

/**
 * A plain click on a page whose chunk is not in yet waits for the chunk (local,
 * a few milliseconds to a few tens) before following the link: the page then
 * renders at once, where a suspended page is held back by React for 300 ms to
 * avoid a flash of "Loading…". Other ways there (Back, a typed address) still
 * show "Loading…" while the chunk arrives.
 */
function openWhenLoaded(event: MouseEvent<HTMLAnchorElement>, item: NavItem): void {
  if (item.isLoaded() || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const hash = event.currentTarget.hash;
  void item
    .preload()
    .catch(ignore)
    .then(() => {
      window.location.hash = hash;
    });
}

export function MainNav() {
  const { t } = useTranslation();
  const hash = useHash();
  const [views, setViews] = useState<Readonly<Record<string, string>>>({});
  const shown = navItemFor(hash);
  const here = shown.keepsView ? keptView(hash) : null;
  // The nav renders on every page change; its labels change only with the language.
  const labels = useMemo(() => NAV_ITEMS.map((item) => t(item.labelKey)), [t]);
  // Remembered while rendering (React's pattern for state derived from a change), not in an effect.
  if (here !== null && views[shown.id] !== here) setViews({ ...views, [shown.id]: here });

  const hrefOf = (item: NavItem) => (item.keepsView ? ((item.id === shown.id ? here : views[item.id]) ?? `#/${item.id}`) : `#/${item.id}`);
  return (
    <nav className="main-nav" aria-label={t('ui.nav.label')}>
      <ul role="list">
        {NAV_ITEMS.map((item, i) => (
          <li key={item.id}>
            {/* Pointing at or tabbing to a link starts loading its page, so the click rarely waits for it. */}
            <a
              href={hrefOf(item)}
              className="main-nav__link"
              aria-current={item.id === shown.id ? 'page' : undefined}
              onPointerEnter={() => void item.preload().catch(ignore)}
              onFocus={() => void item.preload().catch(ignore)}
              onClick={(event) => openWhenLoaded(event, item)}
            >
              {labels[i]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
