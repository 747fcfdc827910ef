import { describe, expect, it } from 'vitest';
import type { RecentWorkspace } from '@shared/domain/types';
import type { MenuItemTemplate } from './electron-types';
import { buildMenuTemplate, nextScale, type MenuActions, type MenuInput } from './menu';

function recordingActions(): MenuActions & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    newWorkspace: () => log.push('new'),
    openWorkspace: () => log.push('open'),
    openRecent: (path) => log.push(`recent:${path}`),
    saveCopy: () => log.push('saveCopy'),
    closeWorkspace: () => log.push('close'),
    undo: () => log.push('undo'),
    redo: () => log.push('redo'),
    setScale: (scale) => log.push(`scale:${scale}`),
    setTheme: (theme) => log.push(`theme:${theme}`),
    about: () => log.push('about'),
  };
}

const recent: RecentWorkspace[] = [
  { path: '/w/a.channelwise', name: 'a', lastOpened: '2025-01-01', exists: true },
  { path: '/w/gone.channelwise', name: 'gone', lastOpened: '2025-01-01', exists: false },
];

function input(overrides: Partial<MenuInput> = {}): MenuInput & { actions: ReturnType<typeof recordingActions> } {
  return {
    lang: 'en',
    settings: { uiLanguage: null, theme: 'system', scale: 1.25, displayName: '' },
    recent,
    workspaceOpen: true,
    platform: 'linux',
    isPackaged: true,
    actions: recordingActions(),
    ...overrides,
  } as MenuInput & { actions: ReturnType<typeof recordingActions> };
}

const find = (items: MenuItemTemplate[], id: string): MenuItemTemplate => {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu ? findOrNull(item.submenu, id) : null;
    if (inner) return inner;
  }
  throw new Error(`no item ${id}`);
};
const findOrNull = (items: MenuItemTemplate[], id: string): MenuItemTemplate | null => {
  try {
    return find(items, id);
  } catch {
    return null;
  }
};
const roles = (items: MenuItemTemplate[]): string[] => items.flatMap((i) => [...(i.role ? [i.role] : []), ...roles(i.submenu ?? [])]);

describe('the application menu', () => {
  it('has File, Edit, View and Help with the agreed items and shortcuts', () => {
    const template = buildMenuTemplate(input());
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(find(template, 'file.new').accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'file.open').accelerator).toBe('CmdOrCtrl+O');
    expect(find(template, 'edit.undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(find(template, 'edit.redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(roles(template)).toEqual(['quit', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen']);
  });

  it('lists existing recent workspaces and opens them', () => {
    const i = input();
    const recentMenu = find(buildMenuTemplate(i), 'file.openRecent').submenu!;
    expect(recentMenu.map((r) => r.label)).toEqual(['a']);
    recentMenu[0]!.click!();
    expect(i.actions.log).toEqual(['recent:/w/a.channelwise']);
    const empty = find(buildMenuTemplate(input({ recent: [] })), 'file.openRecent').submenu!;
    expect(empty).toEqual([{ label: 'No recent workspaces', enabled: false }]);
  });

  it('disables Save a copy and Close without a workspace', () => {
    const template = buildMenuTemplate(input({ workspaceOpen: false }));
    expect(find(template, 'file.saveCopy').enabled).toBe(false);
    expect(find(template, 'file.close').enabled).toBe(false);
  });

  it('routes clicks to the actions', () => {
    const i = input();
    const template = buildMenuTemplate(i);
    for (const id of ['file.new', 'file.open', 'file.saveCopy', 'file.close', 'edit.undo', 'edit.redo', 'view.zoomIn', 'view.zoomOut', 'view.zoomReset', 'help.about']) {
      find(template, id).click!();
    }
    expect(i.actions.log).toEqual(['new', 'open', 'saveCopy', 'close', 'undo', 'redo', 'scale:1.5', 'scale:1', 'scale:1', 'about']);
  });

  it('offers the presentation scales and themes as radio items with the current one checked', () => {
    const i = input({ settings: { uiLanguage: null, theme: 'high-contrast', scale: 2, displayName: '' } });
    const template = buildMenuTemplate(i);
    const scales = find(template, 'view.scale').submenu!;
    expect(scales.map((s) => [s.label, s.type, s.checked])).toEqual([
      ['100%', 'radio', false],
      ['125%', 'radio', false],
      ['150%', 'radio', false],
      ['200%', 'radio', true],
    ]);
    const themes = find(template, 'view.theme').submenu!;
    expect(themes.map((s) => [s.label, s.checked])).toEqual([
      ['System', false],
      ['Light', false],
      ['Dark', false],
      ['High Contrast', true],
    ]);
    themes[2]!.click!();
    expect(i.actions.log).toEqual(['theme:dark']);
    expect(find(template, 'view.zoomIn').enabled).toBe(false);
    expect(find(template, 'view.zoomOut').enabled).toBe(true);
  });

  it('shows reload and dev tools only when not packaged', () => {
    expect(roles(buildMenuTemplate(input({ isPackaged: true })))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate(input({ isPackaged: false })))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('speaks Dutch', () => {
    const template = buildMenuTemplate(input({ lang: 'nl' }));
    expect(template.map((m) => m.label)).toEqual(['&Bestand', 'B&ewerken', 'Beel&d', '&Help']);
    expect(find(template, 'edit.undo').label).toBe('Ongedaan maken');
    expect(find(template, 'file.saveCopy').label).toBe('Kopie opslaan…');
  });

  it('follows macOS conventions: app menu with About and Quit, a Window menu, no access-key ampersands', () => {
    const template = buildMenuTemplate(input({ platform: 'darwin' }));
    expect(template.map((m) => m.label ?? m.role)).toEqual(['Channelwise', 'File', 'Edit', 'View', 'Window']);
    expect(template[0]!.submenu!.some((i) => i.role === 'quit')).toBe(true);
    expect(find(template, 'help.about').label).toBe('About Channelwise');
    expect(template[1]!.submenu!.some((i) => i.role === 'quit')).toBe(false);
  });

  it('steps the scale within 100–200%', () => {
    expect(nextScale(1, -1)).toBe(1);
    expect(nextScale(1, 1)).toBe(1.25);
    expect(nextScale(1.5, 1)).toBe(2);
    expect(nextScale(2, 1)).toBe(2);
  });
});
