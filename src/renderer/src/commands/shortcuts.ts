/**
 * Keyboard shortcuts as text ("Mod+Shift+Z"): `Mod` is Cmd on macOS and Ctrl
 * elsewhere; `Ctrl`, `Meta`, `Alt` and `Shift` are literal. Pure functions, so
 * matching is tested without a DOM.
 */
import type { Command } from './types';

export type Platform = 'mac' | 'other';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface ParsedShortcut {
  key: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

export function parseShortcut(text: string, platform: Platform): ParsedShortcut {
  const parts = text.split('+');
  // "Mod++" would be the plus key; keep the last part as the key even if empty after split.
  const key = text.endsWith('++') ? '+' : (parts.pop() ?? '');
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const mod = mods.has('mod');
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    ctrl: mods.has('ctrl') || (mod && platform === 'other'),
    meta: mods.has('meta') || (mod && platform === 'mac'),
    shift: mods.has('shift'),
    alt: mods.has('alt'),
  };
}

/** The key as a layout-independent letter or digit when the layout is not Latin (Cyrillic, Greek...). */
function keyOf(event: KeyLike): string {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (/^[a-z0-9]$/.test(key) || !event.code) return key;
  const match = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(event.code);
  return match ? (match[1] ?? match[2] ?? key).toLowerCase() : key;
}

export function matchesShortcut(event: KeyLike, shortcut: string, platform: Platform): boolean {
  const wanted = parseShortcut(shortcut, platform);
  return (
    keyOf(event) === wanted.key &&
    event.ctrlKey === wanted.ctrl &&
    event.metaKey === wanted.meta &&
    event.shiftKey === wanted.shift &&
    event.altKey === wanted.alt
  );
}

/** The command a key press triggers, if any (enabled or not: a disabled one still swallows its key). */
export function findCommand<C extends Pick<Command, 'shortcut'>>(
  commands: Iterable<C>,
  event: KeyLike,
  platform: Platform,
): C | undefined {
  for (const command of commands) {
    if (command.shortcut.some((s) => matchesShortcut(event, s, platform))) return command;
  }
  return undefined;
}

const MAC_SYMBOLS = { ctrl: '⌃', alt: '⌥', shift: '⇧', meta: '⌘' } as const;

function keyLabel(key: string): string {
  if (key === ',') return ',';
  return key.length === 1 ? key.toUpperCase() : key;
}

/** As people read it: "Ctrl+Shift+Z", or "⇧⌘Z" on a Mac. */
export function formatShortcut(text: string, platform: Platform): string {
  const s = parseShortcut(text, platform);
  if (platform === 'mac') {
    return `${s.ctrl ? MAC_SYMBOLS.ctrl : ''}${s.alt ? MAC_SYMBOLS.alt : ''}${s.shift ? MAC_SYMBOLS.shift : ''}${s.meta ? MAC_SYMBOLS.meta : ''}${keyLabel(s.key)}`;
  }
  return [s.ctrl && 'Ctrl', s.meta && 'Meta', s.alt && 'Alt', s.shift && 'Shift', keyLabel(s.key)].filter(Boolean).join('+');
}

/** For `aria-keyshortcuts`: "Control+Shift+Z Control+Y". */
export function ariaKeyShortcuts(shortcuts: readonly string[], platform: Platform): string {
  return shortcuts
    .map((text) => {
      const s = parseShortcut(text, platform);
      return [s.ctrl && 'Control', s.meta && 'Meta', s.alt && 'Alt', s.shift && 'Shift', keyLabel(s.key)]
        .filter(Boolean)
        .join('+');
    })
    .join(' ');
}

export interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Typing in a field: leave its keys (and its native text undo) alone. */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}

export function detectPlatform(nav: { platform?: string; userAgent?: string } | undefined): Platform {
  const text = `${nav?.platform ?? ''} ${nav?.userAgent ?? ''}`;
  return /Mac|iPhone|iPad/i.test(text) ? 'mac' : 'other';
}
