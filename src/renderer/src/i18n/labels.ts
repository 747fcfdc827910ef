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

/** A journal label from the core, in the UI's language. Unknown keys (a newer core) fall back to the name. */
export function labelText(t: TFunction, label: Label): string {
  const params = label.params ?? {};
  if (!isHistoryKey(label.key)) return typeof params.name === 'string' ? params.name : label.key;
  return t(label.key, params);
}

/** A history entry: undo and redo steps say what they undid or redid. */
export function entryText(t: TFunction, entry: Pick<HistoryEntry, 'kind' | 'label'>): string {
  const label = labelText(t, entry.label);
  if (entry.kind === 'undo') return t('history.undo', { label });
  if (entry.kind === 'redo') return t('history.redo', { label });
  return label;
}
