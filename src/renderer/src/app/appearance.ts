import type { AppSettings, Scale, Theme } from '@shared/domain/types';

export interface Appearance {
  /** data-theme on <html>; "system" lets CSS follow prefers-color-scheme. */
  theme: Theme;
  /** Root font size: everything is sized in rem, so this scales the whole UI. */
  fontSize: string;
  scale: Scale;
}

export function appearanceOf(settings: Pick<AppSettings, 'theme' | 'scale'>): Appearance {
  return { theme: settings.theme, scale: settings.scale, fontSize: `${settings.scale * 100}%` };
}

export function applyAppearance(root: HTMLElement, appearance: Appearance): void {
  root.dataset.theme = appearance.theme;
  root.style.fontSize = appearance.fontSize;
  root.style.setProperty('--presentation-scale', String(appearance.scale));
}
