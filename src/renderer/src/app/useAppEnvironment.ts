import { useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, AppSettings, WorkspaceInfo } from '@shared/domain/types';
import { uiLanguage } from '../i18n/i18n';
import { appearanceOf, applyAppearance } from './appearance';

/** Speaks the user's language (or the OS's) and follows changes live, also on <html lang>. */
export function useUiLanguage(info: AppInfo | undefined, settings: AppSettings | undefined): void {
  const { i18n } = useTranslation();
  const wanted = uiLanguage(settings, info);
  useEffect(() => {
    if (wanted && i18n.language !== wanted) void i18n.changeLanguage(wanted);
    document.documentElement.lang = wanted ?? i18n.language;
  }, [wanted, i18n]);
}

/** Theme and presentation scale on the document root, before paint so nothing flashes. */
export function useAppearance(settings: AppSettings | undefined): void {
  const theme = settings?.theme;
  const scale = settings?.scale;
  useLayoutEffect(() => {
    if (theme && scale) applyAppearance(document.documentElement, appearanceOf({ theme, scale }));
  }, [theme, scale]);
}

/** "Retail 2026 — Channelwise" in the window title and the task bar. */
export function useDocumentTitle(workspace: WorkspaceInfo | null | undefined): void {
  const { t } = useTranslation();
  const app = t('ui.app.title');
  const name = workspace?.name;
  useEffect(() => {
    document.title = name ? `${name} — ${app}` : app;
  }, [name, app]);
}
