import type { TKey } from '@shared/i18n/keys';
import type { TFunction } from 'i18next';
import type { HistoryEntry, Label } from '@shared/domain/types';
import { resources } from '@shared/i18n/resources';

type HistoryCatalogKey = keyof (typeof resources)['en']['translation']['history'];
type StripPlural<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;
export type HistoryKey = `history.${StripPlural<HistoryCatalogKey>}`;

const HISTORY_KEYS: ReadonlySet<string> = new Set(
  Object.keys(resources.en.translation.history).map((k) => `history.${k.replace(/_(zero|one|two|few|many|other)$/, '')}`),
);

export function isHistoryKey(key: string): key is HistoryKey {
  return HISTORY_KEYS.has(key);
}

/** A profile field as the core names it in a label, and the editor's own label for it. */
const FIELD_LABELS: Readonly<Record<string, TKey>> = {
  description: 'ui.profiles.fields.description',
  digitalRole: 'ui.profiles.fields.digitalRole',
  online: 'ui.profiles.channel.online',
  personal: 'ui.profiles.channel.personal',
  dialogue: 'ui.profiles.channel.dialogue',
  costPerContact: 'ui.profiles.channel.costPerContact',
  reach: 'ui.profiles.channel.reach',
  costGroup: 'ui.profiles.channel.costGroup',
  color: 'ui.profiles.color.label',
  icon: 'ui.profiles.channel.icon',
  share: 'ui.profiles.customerType.share',
  value: 'ui.profiles.customerType.value',
  picture: 'ui.profiles.picture.label',
  typologyId: 'ui.profiles.customerType.typology',
  dimensions: 'ui.profiles.customerType.dimensions',
  searchBehaviour: 'ui.profiles.typology.searchBehaviour',
  certainty: 'ui.profiles.typology.certainty',
  searchIntensity: 'ui.profiles.typology.searchIntensity',
  preferredSources: 'ui.profiles.typology.preferredSources',
  domainType: 'ui.profiles.productDomain.type',
  isMain: 'ui.profiles.productDomain.isMain',
  inUse: 'ui.profiles.productDomain.inUse',
};

/**
 * A journal label from the core, in the UI's language. Unknown keys (a newer
 * core) fall back to the name; a field the UI does not know is named as sent.
 */
export function labelText(t: TFunction, label: Label): string {
  const params = label.params ?? {};
  if (!isHistoryKey(label.key)) return typeof params.name === 'string' ? params.name : label.key;
  if (typeof params.field === 'string') {
    const key = FIELD_LABELS[params.field];
    return t(label.key, { ...params, field: key ? t(key) : params.field });
  }
  return t(label.key, params);
}

/** A history entry: undo and redo steps say what they undid or redid. */
export function entryText(t: TFunction, entry: Pick<HistoryEntry, 'kind' | 'label'>): string {
  const label = labelText(t, entry.label);
  if (entry.kind === 'undo') return t('history.undo', { label });
  if (entry.kind === 'redo') return t('history.redo', { label });
  return label;
}
