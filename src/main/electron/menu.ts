import { SCALES, THEMES, type AppSettings, type Lang, type RecentWorkspace, type Scale, type Theme } from '@shared/domain/types';
import type { MenuItemTemplate } from './electron-types';
import { menuTranslator, type MenuLabelKey } from './menu-labels';

/** What the menu items do; menu-actions.ts implements them against the core. */
export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(path: string): void;
  saveCopy(): void;
  closeWorkspace(): void;
  undo(): void;
  redo(): void;
  setScale(scale: Scale): void;
  setTheme(theme: Theme): void;
  about(): void;
}

/** Everything the menu shows that can change while the app runs. */
export interface MenuState {
  lang: Lang;
  settings: AppSettings;
  recent: RecentWorkspace[];
  workspaceOpen: boolean;
}

export interface MenuInput extends MenuState {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  actions: MenuActions;
}

const THEME_LABELS: Record<Theme, MenuLabelKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  'high-contrast': 'themeHighContrast',
};

export function nextScale(current: Scale, direction: 1 | -1): Scale {
  const index = SCALES.indexOf(current);
  const next = Math.min(SCALES.length - 1, Math.max(0, (index < 0 ? 0 : index) + direction));
  return SCALES[next]!;
}

const MAX_RECENT = 10;

export function buildMenuTemplate(input: MenuInput): MenuItemTemplate[] {
  const { actions, settings, platform } = input;
  const mac = platform === 'darwin';
  const translate = menuTranslator(input.lang);
  // '&' marks Windows/Linux access keys; macOS has none and would show it.
  const t = (key: MenuLabelKey, params?: Record<string, string>): string => {
    const label = translate(key, params);
    return mac ? label.replace(/&(?!&)/g, '') : label;
  };
  const separator: MenuItemTemplate = { type: 'separator' };

  const recent = input.recent.filter((r) => r.exists).slice(0, MAX_RECENT);
  const recentItems: MenuItemTemplate[] = recent.length
    ? recent.map((r) => ({ label: r.name, click: () => actions.openRecent(r.path) }))
    : [{ label: t('noRecent'), enabled: false }];

  const file: MenuItemTemplate = {
    label: t('file'),
    submenu: [
      { id: 'file.new', label: t('new'), accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { id: 'file.open', label: t('open'), accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
      { id: 'file.openRecent', label: t('openRecent'), submenu: recentItems },
      separator,
      {
        id: 'file.saveCopy',
        label: t('saveCopy'),
        accelerator: 'Shift+CmdOrCtrl+S',
        enabled: input.workspaceOpen,
        click: () => actions.saveCopy(),
      },
      {
        id: 'file.close',
        label: t('closeWorkspace'),
        accelerator: 'CmdOrCtrl+W',
        enabled: input.workspaceOpen,
        click: () => actions.closeWorkspace(),
      },
      ...(mac ? [] : [separator, { role: 'quit' as const, label: t('quit') }]),
    ],
  };

  const edit: MenuItemTemplate = {
    label: t('edit'),
    submenu: [
      { id: 'edit.undo', label: t('undo'), accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
      { id: 'edit.redo', label: t('redo'), accelerator: 'Shift+CmdOrCtrl+Z', click: () => actions.redo() },
      separator,
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
    ],
  };

  const view: MenuItemTemplate = {
    label: t('view'),
    submenu: [
      {
        id: 'view.zoomIn',
        label: t('zoomIn'),
        accelerator: 'CmdOrCtrl+=',
        enabled: settings.scale !== SCALES[SCALES.length - 1],
        click: () => actions.setScale(nextScale(settings.scale, 1)),
      },
      {
        id: 'view.zoomOut',
        label: t('zoomOut'),
        accelerator: 'CmdOrCtrl+-',
        enabled: settings.scale !== SCALES[0],
        click: () => actions.setScale(nextScale(settings.scale, -1)),
      },
      { id: 'view.zoomReset', label: t('zoomReset'), accelerator: 'CmdOrCtrl+0', click: () => actions.setScale(1) },
      {
        id: 'view.scale',
        label: t('scale'),
        submenu: SCALES.map((scale) => ({
          label: `${Math.round(scale * 100)}%`,
          type: 'radio' as const,
          checked: settings.scale === scale,
          click: () => actions.setScale(scale),
        })),
      },
      separator,
      {
        id: 'view.theme',
        label: t('theme'),
        submenu: THEMES.map((theme) => ({
          label: t(THEME_LABELS[theme]),
          type: 'radio' as const,
          checked: settings.theme === theme,
          click: () => actions.setTheme(theme),
        })),
      },
      separator,
      { role: 'togglefullscreen', label: t('fullScreen') },
      ...(input.isPackaged
        ? []
        : [separator, { role: 'reload' as const, label: t('reload') }, { role: 'toggleDevTools' as const, label: t('devTools') }]),
    ],
  };

  if (!mac) {
    const help: MenuItemTemplate = {
      label: t('help'),
      submenu: [{ id: 'help.about', label: t('about'), click: () => actions.about() }],
    };
    return [file, edit, view, help];
  }

  // macOS puts About and Quit in the application menu and expects a Window menu.
  const appMenu: MenuItemTemplate = {
    label: 'Channelwise',
    submenu: [
      { id: 'help.about', label: t('about'), click: () => actions.about() },
      separator,
      { role: 'services', label: t('services') },
      separator,
      { role: 'hide', label: t('hide') },
      { role: 'hideOthers', label: t('hideOthers') },
      { role: 'unhide', label: t('showAll') },
      separator,
      { role: 'quit', label: t('quit') },
    ],
  };
  return [appMenu, file, edit, view, { role: 'windowMenu', label: t('window') }];
}
