import type { KeysUnder } from '@shared/i18n/keys';
import type { ComponentType } from 'react';
import type { PageProps } from './pageProps';
import { FrameworkPage } from '../framework/FrameworkPage';
import { MatrixPage } from '../matrix/MatrixPage';
import { WorkshopPage } from '../workshop/WorkshopPage';
import { JourneysPage } from '../journeys/JourneysPage';
import { ChartsPage } from '../charts/ChartsPage';
import { EconomicsPage } from '../economics/EconomicsPage';
import { FindingsPage } from '../findings/FindingsPage';
import { ReportPage } from '../deliverables/ReportPage';
import { PresentPage } from '../present/PresentPage';

export type { PageProps } from './pageProps';

export interface NavItem {
  /** Also the URL hash: #/framework */
  id: string;
  /** i18n key of the label in the main navigation. */
  labelKey: `ui.nav.${KeysUnder<'ui.nav'>}`;
  Page: ComponentType<PageProps>;
  /** The page keeps its view in the hash: the navigation brings you back to it, not to the defaults. */
  keepsView?: true;
}

/** The main navigation. Adding a page (Matrix, Charts, Journeys, Present) is one line here. */
export const NAV_ITEMS: readonly [NavItem, ...NavItem[]] = [
  { id: 'framework', labelKey: 'ui.nav.framework', Page: FrameworkPage },
  { id: 'matrix', labelKey: 'ui.nav.matrix', Page: MatrixPage, keepsView: true },
  { id: 'journeys', labelKey: 'ui.nav.journeys', Page: JourneysPage },
  { id: 'charts', labelKey: 'ui.nav.charts', Page: ChartsPage, keepsView: true },
  { id: 'findings', labelKey: 'ui.nav.findings', Page: FindingsPage, keepsView: true },
  { id: 'economics', labelKey: 'ui.nav.economics', Page: EconomicsPage },
  { id: 'workshop', labelKey: 'ui.nav.workshop', Page: WorkshopPage },
  { id: 'report', labelKey: 'ui.nav.report', Page: ReportPage },
  { id: 'present', labelKey: 'ui.nav.present', Page: PresentPage },
];

export function navItemFor(hash: string): NavItem {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return NAV_ITEMS.find((item) => item.id === id) ?? NAV_ITEMS[0];
}
