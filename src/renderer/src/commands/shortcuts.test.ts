import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  detectPlatform,
  findCommand,
  formatShortcut,
  isTypingTarget,
  matchesShortcut,
  parseShortcut,
  type KeyLike,
} from './shortcuts';

const key = (k: string, mods: Partial<Omit<KeyLike, 'key'>> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('parseShortcut', () => {
  it('reads Mod as Cmd on macOS and Ctrl elsewhere', () => {
    expect(parseShortcut('Mod+Z', 'other')).toEqual({ key: 'z', ctrl: true, meta: false, shift: false, alt: false });
    expect(parseShortcut('Mod+Shift+Z', 'mac')).toEqual({ key: 'z', ctrl: false, meta: true, shift: true, alt: false });
    expect(parseShortcut('Mod+,', 'other').key).toBe(',');
  });
});

describe('matchesShortcut', () => {
  it('matches exactly the modifiers asked for', () => {
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z', 'other')).toBe(true);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z', 'other')).toBe(false);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z', 'other')).toBe(true);
    expect(matchesShortcut(key('z', { ctrlKey: true, altKey: true }), 'Mod+Z', 'other')).toBe(false);
  });

  it('uses Cmd on macOS, where Ctrl+Z is not undo', () => {
    expect(matchesShortcut(key('z', { metaKey: true }), 'Mod+Z', 'mac')).toBe(true);
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z', 'mac')).toBe(false);
  });

  it('finds the letter by its physical key on non-Latin layouts', () => {
    expect(matchesShortcut({ ...key('я', { ctrlKey: true }), code: 'KeyZ' }, 'Mod+Z', 'other')).toBe(true);
    expect(matchesShortcut({ ...key('z', { ctrlKey: true }), code: 'KeyY' }, 'Mod+Z', 'other')).toBe(true);
  });
});

describe('findCommand', () => {
  const commands = [
    { id: 'undo', shortcut: ['Mod+Z'] },
    { id: 'redo', shortcut: ['Mod+Shift+Z', 'Mod+Y'] },
    { id: 'settings', shortcut: ['Mod+,'] },
    { id: 'none', shortcut: [] },
  ];

  it('picks the command whose shortcut was pressed', () => {
    expect(findCommand(commands, key('z', { ctrlKey: true }), 'other')?.id).toBe('undo');
    expect(findCommand(commands, key('Z', { ctrlKey: true, shiftKey: true }), 'other')?.id).toBe('redo');
    expect(findCommand(commands, key('y', { ctrlKey: true }), 'other')?.id).toBe('redo');
    expect(findCommand(commands, key(',', { metaKey: true }), 'mac')?.id).toBe('settings');
    expect(findCommand(commands, key('z'), 'other')).toBeUndefined();
  });
});

describe('formatShortcut and ariaKeyShortcuts', () => {
  it('writes shortcuts as each platform does', () => {
    expect(formatShortcut('Mod+Shift+Z', 'other')).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+Shift+Z', 'mac')).toBe('⇧⌘Z');
    expect(formatShortcut('Mod+,', 'other')).toBe('Ctrl+,');
    expect(ariaKeyShortcuts(['Mod+Shift+Z', 'Mod+Y'], 'other')).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeyShortcuts(['Mod+Z'], 'mac')).toBe('Meta+Z');
  });
});

describe('isTypingTarget', () => {
  it('is true for text fields, text areas, selects and editable content', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is false for buttons, check boxes, radios and the page itself', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('detectPlatform', () => {
  it('recognises Apple platforms', () => {
    expect(detectPlatform({ platform: 'MacIntel' })).toBe('mac');
    expect(detectPlatform({ platform: 'Win32', userAgent: 'Mozilla/5.0 (Windows NT 10.0)' })).toBe('other');
    expect(detectPlatform(undefined)).toBe('other');
  });
});
