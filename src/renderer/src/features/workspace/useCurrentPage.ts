import { useHash } from '../../app/useHashRoute';
import { navItemFor, type NavItem } from './navItems';

/** The current page from the URL hash (#/framework), so Back/Forward and reloads keep the place. */
export const useCurrentPage = (): NavItem => navItemFor(useHash());
