import type { Lang } from '@shared/domain/types';
import { createTranslator } from '@shared/i18n/translate';
import type enMenu from '@shared/i18n/locales/en/menu';

/**
 * Native menu and dialog texts, from the shared catalogs' `menu` section
 * (src/shared/i18n/locales/<lang>/menu.ts) through the same i18next
 * translator as the CLI and the core; the Dutch table is typed against the
 * English one, so a missing text fails the build.
 */
export type MenuLabelKey = keyof typeof enMenu;

export type Translate = (key: MenuLabelKey, params?: Record<string, string>) => string;

/** One translator per language: the menu is rebuilt on every change of state, the catalogs never change. */
const translators = new Map<Lang, Translate>();

export function menuTranslator(lang: Lang): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    const t = createTranslator(lang);
    translate = (key, params) => t(`menu.${key}`, { replace: params ?? {} });
    translators.set(lang, translate);
  }
  return translate;
}
