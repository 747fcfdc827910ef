import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { AppInfo, AppSettings, Lang } from '@shared/domain/types';
import { languageFromLocale, resources } from '@shared/i18n/resources';

/**
 * i18next, initialised synchronously (the catalogs are bundled), so the first
 * render already has text. Starts in the browser's language; the app switches
 * to the user's choice as soon as settings and app info are known.
 */
export function createI18n(initial: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: ['en', 'nl'],
    resources,
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

export function initialLanguage(navigatorLanguage: string | undefined): Lang {
  return languageFromLocale(navigatorLanguage);
}

/** The language the UI should speak: the user's choice, else the operating system's. */
export function uiLanguage(settings: Pick<AppSettings, 'uiLanguage'> | undefined, info: Pick<AppInfo, 'osLanguage'> | undefined): Lang | null {
  if (settings?.uiLanguage) return settings.uiLanguage;
  return info?.osLanguage ?? null;
}
