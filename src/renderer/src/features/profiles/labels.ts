/** Names and titles of the profile editors, built from translations. */
import type { TFunction } from 'i18next';
import type { CatalogItem, CatalogKind } from '@shared/domain/types';

/** "Customer type", "Channel"...: the kind as a title word. */
export function kindTitle(t: TFunction, kind: CatalogKind): string {
  return t(`ui.profiles.kinds.${kind}`);
}

/** The editor's title and accessible name: "Customer type: Loyal regulars". */
export function editorTitle(t: TFunction, item: Pick<CatalogItem, 'kind' | 'name'>): string {
  return t('ui.profiles.editor.title', { kind: kindTitle(t, item.kind), name: item.name });
}

/** The row button that opens the editor: "Edit details of Store". */
export function editButtonLabel(t: TFunction, item: Pick<CatalogItem, 'name'>): string {
  return t('ui.profiles.editDetails', { name: item.name });
}

/** "Contact preference for Store". */
export function preferenceGroupName(t: TFunction, channelName: string): string {
  return t('ui.profiles.preferences.groupName', { channel: channelName });
}
