import type { KeysUnder } from '@shared/i18n/keys';
import type { ComponentType } from 'react';
import type { PageProps } from './pageProps';
import { lazyPage, type LazyPage } from './lazyPage';

export type { PageProps } from './pageProps';

export interface NavItem {
  /** Also the URL hash: #/framework */
  id: string;
  /** i18n key of the label in the main navigation. */
  labelKey: `ui.nav.${KeysUnder<'ui.nav'>}`;
  /** Lazy: rendered inside the workspace's Suspense boundary, which shows "Loading…" until its chunk is in. */
  Page: ComponentType<PageProps>;
  preload: LazyPage<PageProps>['preload'];
  isLoaded: LazyPage<PageProps>['isLoaded'];
  /** The page keeps its view in the hash: the navigation brings you back to it, not to the defaults. */
  keepsView?: true;
}

/**
 * Each page is its own chunk (see lazyPage.tsx): opening Channelwise loads the
 * start screen and the workspace shell, not the charts, journeys (recharts),
 * present mode and the rest until they are opened.
 */
const page = (load: () => Promise<ComponentType<PageProps>>) => lazyPage<PageProps>(load);
const PAGES = {
  framework: page(() => import('../framework/FrameworkPage').then((m) => m.FrameworkPage)),
  matrix: page(() => import('../matrix/MatrixPage').then((m) => m.MatrixPage)),
  journeys: page(() => import('../journeys/JourneysPage').then((m) => m.JourneysPage)),
  charts: page(() => import('../charts/ChartsPage').then((m) => m.ChartsPage)),
  findings: page(() => import('../findings/FindingsPage').then((m) => m.FindingsPage)),
  economics: page(() => import('../economics/EconomicsPage').then((m) => m.EconomicsPage)),
  workshop: page(() => import('../workshop/WorkshopPage').then((m) => m.WorkshopPage)),
  report: page(() => import('../deliverables/ReportPage').then((m) => m.ReportPage)),
  present: page(() => import('../present/PresentPage').then((m) => m.PresentPage)),
};

/** The main navigation. Adding a page (Matrix, Charts, Journeys, Present) is one line here and one in PAGES. */
export const NAV_ITEMS: readonly [NavItem, ...NavItem[]] = [
  { id: 'framework', labelKey: 'ui.nav.framework', ...PAGES.framework },
  { id: 'matrix', labelKey: 'ui.nav.matrix', ...PAGES.matrix, keepsView: true },
  { id: 'journeys', labelKey: 'ui.nav.journeys', ...PAGES.journeys },
  { id: 'charts', labelKey: 'ui.nav.charts', ...PAGES.charts, keepsView: true },
  { id: 'findings', labelKey: 'ui.nav.findings', ...PAGES.findings, keepsView: true },
  { id: 'economics', labelKey: 'ui.nav.economics', ...PAGES.economics },
  { id: 'workshop', labelKey: 'ui.nav.workshop', ...PAGES.workshop },
  { id: 'report', labelKey: 'ui.nav.report', ...PAGES.report },
  { id: 'present', labelKey: 'ui.nav.present', ...PAGES.present },
];

export function navItemFor(hash: string): NavItem {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return NAV_ITEMS.find((item) => item.id === id) ?? NAV_ITEMS[0];
}
