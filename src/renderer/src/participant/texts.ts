import i18next, { type TFunction } from 'i18next';
import type { Lang } from '@shared/domain/types';
import en from '@shared/i18n/locales/en/ui-workshop';
import nl from '@shared/i18n/locales/nl/ui-workshop';

type Texts = (typeof en)['participant'];
type Key = Exclude<keyof Texts, 'errors'>;
type PluralBase<K> = K extends `${infer B}_one` ? B : never;
/** A text, or `<base>_plural` for the _one/_other pair picked by `count`. */
export type TextKey = Key | `${PluralBase<Key>}_plural`;
type Params = Record<string, string | number>;

/** Where the participant texts live in the shared catalogs (src/shared/i18n/resources.ts): the key space every surface uses. */
const PREFIX = 'ui.workshop.participant';

/**
 * The participant page's translator: i18next over the same catalogs and keys
 * as the app (ui.workshop.participant.*), loaded with only that part of them,
 * so the phones' page does not carry the whole app's texts.
 */
const translators = new Map<Lang, TFunction>();
function translatorFor(lang: Lang): TFunction {
  let t = translators.get(lang);
  if (!t) {
    const part = (texts: Texts) => ({ translation: { ui: { workshop: { participant: texts } } } });
    const instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      fallbackLng: 'en',
      resources: { en: part(en.participant), nl: part(nl.participant) },
      initAsync: false,
      showSupportNotice: false,
      interpolation: { escapeValue: false },
    });
    t = instance.t.bind(instance);
    translators.set(lang, t);
  }
  return t;
}

const isPlural = (key: TextKey): key is `${PluralBase<Key>}_plural` => key.endsWith('_plural');

export function translate(lang: Lang, key: TextKey, params: Params = {}): string {
  // `<base>_plural` is the page's name for a plural pair; i18next picks _one or _other from `count`.
  const base: Exclude<TextKey, `${string}_plural`> | PluralBase<Key> = isPlural(key) ? (key.slice(0, -'_plural'.length) as PluralBase<Key>) /* what isPlural matched, minus its suffix */ : key;
  return translatorFor(lang)(`${PREFIX}.${base}`, params);
}

const isErrorCode = (code: string | undefined): code is keyof Texts['errors'] => code !== undefined && code in en.participant.errors;

export function errorText(lang: Lang, code: string | undefined): string {
  const t = translatorFor(lang);
  return isErrorCode(code) ? t(`${PREFIX}.errors.${code}`) : t(`${PREFIX}.errors.other`);
}

export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'en';
}
