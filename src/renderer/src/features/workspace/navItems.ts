import type { ComponentType } from 'react';
import type { WorkspaceInfo } from '@shared/domain/types';
import { FrameworkPage } from '../framework/FrameworkPage';
import { MatrixPage } from '../matrix/MatrixPage';

export interface PageProps {
  workspace: WorkspaceInfo;
}

export interface NavItem {
  /** Also the URL hash: #/framework */
  id: string;
  /** i18n key of the label in the main navigation. */
  labelKey: `ui.nav.${string}`;
  Page: ComponentType<PageProps>;
}

/** The main navigation. Adding a page (Matrix, Charts, Journeys, Present) is one line here. */
export const NAV_ITEMS: readonly [NavItem, ...NavItem[]] = [
  { id: 'framework', labelKey: 'ui.nav.framework', Page: FrameworkPage },
  { id: 'matrix', labelKey: 'ui.nav.matrix', Page: MatrixPage },
];

export function navItemFor(hash: string): NavItem {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return NAV_ITEMS.find((item) => item.id === id) ?? NAV_ITEMS[0];
}
