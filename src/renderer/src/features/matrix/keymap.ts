/** What a key press in the matrix grid means, as a pure function (tested without a DOM). */
import type { Role } from '@shared/domain/types';
import type { KeyLike, Platform } from '../../commands/shortcuts';
import type { Move } from './selection';

export type GridTarget = 'cell' | 'columnHeader' | 'rowHeader';

export type GridAction =
  | { type: 'move'; move: Move; extend: boolean }
  | { type: 'setRole'; role: Role }
  | { type: 'clear' }
  /** Enter on a cell: the popover; on a header: its menu. */
  | { type: 'open' }
  | { type: 'fill' }
  | { type: 'selectAll' }
  | { type: 'collapse' }
  | { type: 'copy' }
  | { type: 'cut' }
  /** Alt+arrow on a header: move that channel or phase one place. */
  | { type: 'reorder'; delta: -1 | 1 };

const ARROWS: Record<string, { dr: number; dc: number }> = {
  ArrowUp: { dr: -1, dc: 0 },
  ArrowDown: { dr: 1, dc: 0 },
  ArrowLeft: { dr: 0, dc: -1 },
  ArrowRight: { dr: 0, dc: 1 },
};

/** The letter of a Mod shortcut, by physical key when the layout is not Latin. */
function letterOf(event: KeyLike): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const match = /^Key([A-Z])$/.exec(event.code ?? '');
  return match ? match[1]!.toLowerCase() : '';
}

/**
 * Paste is not here: it arrives as the `paste` event (from Ctrl/Cmd+V and from
 * the Edit menu alike), which carries the clipboard text without a permission.
 */
export function gridKeyAction(event: KeyLike, target: GridTarget, platform: Platform): GridAction | null {
  const mod = platform === 'mac' ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  const arrow = ARROWS[event.key];

  if (arrow && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    if (target === 'columnHeader' && arrow.dc !== 0) return { type: 'reorder', delta: arrow.dc < 0 ? -1 : 1 };
    if (target === 'rowHeader' && arrow.dr !== 0) return { type: 'reorder', delta: arrow.dr < 0 ? -1 : 1 };
    return null;
  }
  if (arrow && !event.altKey) {
    if (plain) return { type: 'move', move: { kind: 'by', ...arrow }, extend: event.shiftKey && target === 'cell' };
    if (mod) return { type: 'move', move: { kind: 'edge', ...arrow }, extend: event.shiftKey && target === 'cell' };
    return null;
  }
  if ((event.key === 'Home' || event.key === 'End') && !event.altKey) {
    const start = event.key === 'Home';
    const extend = event.shiftKey && target === 'cell';
    if (mod) return { type: 'move', move: { kind: start ? 'gridStart' : 'gridEnd' }, extend };
    if (plain) return { type: 'move', move: { kind: start ? 'rowStart' : 'rowEnd' }, extend };
    return null;
  }
  if (target !== 'cell') {
    if (plain && !event.shiftKey && (event.key === 'Enter' || event.key === ' ' || event.key === 'F2')) return { type: 'open' };
    return null;
  }
  if (plain && !event.shiftKey && /^[0-3]$/.test(event.key)) return { type: 'setRole', role: Number(event.key) as Role };
  if (plain && (event.key === 'Delete' || event.key === 'Backspace')) return { type: 'clear' };
  if (plain && !event.shiftKey && (event.key === 'Enter' || event.key === 'F2')) return { type: 'open' };
  if (plain && !event.shiftKey && event.key === 'Escape') return { type: 'collapse' };
  if (mod && !event.altKey && !event.shiftKey) {
    switch (letterOf(event)) {
      case 'a':
        return { type: 'selectAll' };
      case 'c':
        return { type: 'copy' };
      case 'x':
        return { type: 'cut' };
      case 'd':
        return { type: 'fill' };
    }
  }
  return null;
}
