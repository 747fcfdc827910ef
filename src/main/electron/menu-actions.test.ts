import { describe, expect, it } from 'vitest';
import type { Lang } from '@shared/domain/types';
import { createFakeCore, type FakeCore } from '../host/testing/fake-core';
import type { EventSenderLike } from './electron-types';
import { IPC_COMMAND } from './ipc-adapter';
import { createMenuActions, errorText, loadMenuState, type DialogPort } from './menu-actions';

interface Recorded {
  dialogs: DialogPort & { asked: { kind: string; title: string; defaultPath: string }[]; errors: string[]; infos: string[] };
  window: EventSenderLike & { sent: unknown[][] };
}

function setup(answer: string | null, lang: Lang = 'en', opts: { dialogThrows?: boolean } = {}) {
  const core: FakeCore = createFakeCore();
  const ok = (value: unknown) => () => ({ ok: true as const, value });
  core.answers.set('workspace.current', ok({ path: '/w/Plan.channelwise', name: 'Plan' }));
  for (const m of ['workspace.create', 'workspace.open', 'workspace.saveCopy', 'workspace.close', 'app.setSettings']) core.answers.set(m, ok(null));
  const rec: Recorded = {
    dialogs: {
      asked: [],
      errors: [],
      infos: [],
      async saveFile(o) {
        if (opts.dialogThrows) throw new Error('dialog broke');
        rec.dialogs.asked.push({ kind: 'save', title: o.title, defaultPath: o.defaultPath });
        expect(o.filters[0]!.extensions).toEqual(['channelwise']);
        return answer;
      },
      async openFile(o) {
        rec.dialogs.asked.push({ kind: 'open', title: o.title, defaultPath: o.defaultPath });
        return answer;
      },
      showError: (title, message) => rec.dialogs.errors.push(`${title}: ${message}`),
      async showInfo(title, message, detail) {
        rec.dialogs.infos.push(`${title}|${message}|${detail}`);
      },
    },
    window: { sent: [], send: (...args) => rec.window.sent.push(args), isDestroyed: () => false },
  };
  const actions = createMenuActions({
    core,
    dialogs: rec.dialogs,
    targetWindow: () => rec.window,
    lang: () => lang,
    defaultFolder: '/home/an/Documents',
    version: '0.1.0',
  });
  return { core, actions, ...rec };
}

const writes = (core: FakeCore) => core.calls.filter((c) => c.method !== 'workspace.current');

describe('menu actions', () => {
  it('New asks where to save and creates the workspace in the UI language', async () => {
    const { core, actions, dialogs } = setup('/home/an/Documents/Q3', 'nl');
    await actions.newWorkspace();
    expect(dialogs.asked).toEqual([{ kind: 'save', title: 'Nieuwe werkruimte', defaultPath: '/home/an/Documents/Channelwise.channelwise' }]);
    expect(writes(core)).toEqual([{ method: 'workspace.create', input: { path: '/home/an/Documents/Q3', lang: 'nl', template: 'default' } }]);
  });

  it('does nothing when a dialog is cancelled', async () => {
    const { core, actions } = setup(null);
    await actions.newWorkspace();
    await actions.openWorkspace();
    await actions.saveCopy();
    expect(writes(core)).toEqual([]);
  });

  it('Open starts in the current workspace folder; Open Recent opens directly', async () => {
    const { core, actions, dialogs } = setup('/w/Other.channelwise');
    await actions.openWorkspace();
    expect(dialogs.asked[0]).toMatchObject({ kind: 'open', defaultPath: '/w' });
    await actions.openRecent('/w/Recent.channelwise');
    expect(writes(core)).toEqual([
      { method: 'workspace.open', input: { path: '/w/Other.channelwise' } },
      { method: 'workspace.open', input: { path: '/w/Recent.channelwise' } },
    ]);
  });

  it('Save a copy proposes "<name> copy" beside the original', async () => {
    const { core, actions, dialogs } = setup('/w/Plan copy.channelwise');
    await actions.saveCopy();
    expect(dialogs.asked[0]).toMatchObject({ kind: 'save', defaultPath: '/w/Plan copy.channelwise' });
    expect(writes(core)).toEqual([{ method: 'workspace.saveCopy', input: { path: '/w/Plan copy.channelwise' } }]);
  });

  it('Close, scale and theme go to the core', async () => {
    const { core, actions } = setup(null);
    await actions.closeWorkspace();
    await actions.setScale(1.5);
    await actions.setTheme('high-contrast');
    expect(writes(core)).toEqual([
      { method: 'workspace.close', input: {} },
      { method: 'app.setSettings', input: { scale: 1.5 } },
      { method: 'app.setSettings', input: { theme: 'high-contrast' } },
    ]);
  });

  it('Undo and Redo are renderer commands (it knows whether a text field has focus)', async () => {
    const { core, actions, window } = setup(null);
    await actions.undo();
    await actions.redo();
    expect(window.sent).toEqual([
      [IPC_COMMAND, 'edit.undo'],
      [IPC_COMMAND, 'edit.redo'],
    ]);
    expect(core.calls).toEqual([]);
  });

  it('shows core failures translated, and never rejects', async () => {
    const { core, actions, dialogs } = setup(null, 'en');
    core.answers.set('workspace.open', () => ({
      ok: false,
      error: { code: 'WORKSPACE_LOCKED', message: 'locked', params: { path: '/w/x.channelwise', holder: 'laptop-2' } },
    }));
    await actions.openRecent('/w/x.channelwise');
    expect(dialogs.errors).toEqual(['Channelwise: /w/x.channelwise is already open in laptop-2. Close it there first.']);
    const broken = setup(null, 'en', { dialogThrows: true });
    await expect(broken.actions.newWorkspace()).resolves.toBeUndefined();
    expect(broken.dialogs.errors[0]).toMatch(/Something went wrong/);
  });

  it('About shows the version', async () => {
    const { actions, dialogs } = setup(null, 'nl');
    await actions.about();
    expect(dialogs.infos).toEqual(['Over Channelwise|Channelwise|Versie 0.1.0']);
  });
});

describe('menu state and error texts', () => {
  it('reads settings, recent list and session from the core', async () => {
    const core = createFakeCore();
    core.answers.set('app.getSettings', () => ({ ok: true, value: { uiLanguage: 'nl', theme: 'dark', scale: 2 } }));
    core.answers.set('recent.list', () => ({ ok: true, value: [{ path: '/a', name: 'a', lastOpened: 'x', exists: true }] }));
    core.answers.set('workspace.current', () => ({ ok: true, value: null }));
    expect(await loadMenuState(core, 'en')).toEqual({
      lang: 'nl',
      settings: { uiLanguage: 'nl', theme: 'dark', scale: 2 },
      recent: [{ path: '/a', name: 'a', lastOpened: 'x', exists: true }],
      workspaceOpen: false,
    });
  });

  it('falls back to defaults and the OS language when the core cannot answer', async () => {
    expect(await loadMenuState(createFakeCore(), 'nl')).toEqual({
      lang: 'nl',
      settings: { uiLanguage: null, theme: 'system', scale: 1, displayName: '' },
      recent: [],
      workspaceOpen: false,
    });
  });

  it('interpolates parameters into the shared error catalog', () => {
    expect(errorText({ code: 'FILE_EXISTS', message: 'x', params: { path: '/a' } }, 'en')).toBe('A file already exists at /a.');
    expect(errorText({ code: 'VALIDATION', message: 'bad input' }, 'en')).toBe('That request was not understood: bad input');
  });
});
