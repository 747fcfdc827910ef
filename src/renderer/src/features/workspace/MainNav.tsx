import { useTranslation } from 'react-i18next';
import { NAV_ITEMS, type NavItem } from './navItems';

/** The main navigation: links with aria-current on the page that is shown. */
export function MainNav({ current }: { current: NavItem }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('ui.nav.label')}>
      <ul role="list">
        {NAV_ITEMS.map((item) => (
          <li key={item.id}>
            <a
              href={`#/${item.id}`}
              className="main-nav__link"
              aria-current={item.id === current.id ? 'page' : undefined}
            >
              {t(item.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
