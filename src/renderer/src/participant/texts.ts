import type { Lang } from '@shared/domain/types';
import en from '@shared/i18n/locales/en/ui-workshop';
import nl from '@shared/i18n/locales/nl/ui-workshop';

type Texts = (typeof en)['participant'];
type Key = Exclude<keyof Texts, 'errors'>;
type PluralBase<K> = K extends `${infer B}_one` ? B : never;
/** A text, or `<base>_plural` for the _one/_other pair picked by `count`. */
export type TextKey = Key | `${PluralBase<Key>}_plural`;
type Params = Record<string, string | number>;

const CATALOGS: Record<Lang, Texts> = { en: en.participant, nl: nl.participant };

/**
 * The participant page's own small translator: it speaks only the
 * participant texts, so the page does not carry the whole app's catalogs.
 */
export function translate(lang: Lang, key: TextKey, params: Params = {}): string {
  const texts = CATALOGS[lang] as Record<string, unknown>;
  let name: string = key;
  if (key.endsWith('_plural')) name = `${key.slice(0, -'_plural'.length)}_${params.count === 1 ? 'one' : 'other'}`;
  const template = typeof texts[name] === 'string' ? (texts[name] as string) : name;
  return template.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p] ?? ''));
}

export function errorText(lang: Lang, code: string | undefined): string {
  const errors = CATALOGS[lang].errors as Record<string, string>;
  return (code !== undefined ? errors[code] : undefined) ?? errors.other!;
}

export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'en';
}
