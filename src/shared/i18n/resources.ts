import type { Lang } from '../domain/types';
import enErrors from './locales/en/errors';
import nlErrors from './locales/nl/errors';
import enHistory from './locales/en/history';
import nlHistory from './locales/nl/history';
import enUi from './locales/en/ui';
import nlUi from './locales/nl/ui';
import enCli from './locales/en/cli';
import nlCli from './locales/nl/cli';
import enMenu from './locales/en/menu';
import nlMenu from './locales/nl/menu';

/**
 * All translations, one i18next namespace ("translation") per language, one
 * key space for every surface: the renderer (ui, errors, history), the CLI
 * (cli), the desktop window's menus and dialogs (menu) and the participant
 * page (ui.workshop.participant).
 */
export const resources = {
  en: { translation: { errors: enErrors, history: enHistory, ui: enUi, cli: enCli, menu: enMenu } },
  nl: { translation: { errors: nlErrors, history: nlHistory, ui: nlUi, cli: nlCli, menu: nlMenu } },
} as const satisfies Record<Lang, { translation: object }>;

/** Pick 'nl' for any Dutch locale tag (nl, nl-NL, nl-BE), else English. */
export function languageFromLocale(locale: string | undefined | null): Lang {
  return locale && /^nl\b/i.test(locale.replace('_', '-')) ? 'nl' : 'en';
}
