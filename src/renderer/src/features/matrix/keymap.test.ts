import { describe, expect, it } from 'vitest';
import type { KeyLike } from '../../commands/shortcuts';
import { gridKeyAction } from './keymap';

const key = (k: string, mods: Partial<Omit<KeyLike, 'key'>> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('gridKeyAction', () => {
  it('moves with arrows, extends with Shift, jumps with Ctrl (Cmd on a Mac)', () => {
    expect(gridKeyAction(key('ArrowRight'), 'cell', 'other')).toEqual({ type: 'move', move: { kind: 'by', dr: 0, dc: 1 }, extend: false });
    expect(gridKeyAction(key('ArrowUp', { shiftKey: true }), 'cell', 'other')).toEqual({
      type: 'move',
      move: { kind: 'by', dr: -1, dc: 0 },
      extend: true,
    });
    expect(gridKeyAction(key('ArrowLeft', { ctrlKey: true }), 'cell', 'other')).toMatchObject({ move: { kind: 'edge', dc: -1 } });
    expect(gridKeyAction(key('ArrowLeft', { metaKey: true }), 'cell', 'mac')).toMatchObject({ move: { kind: 'edge', dc: -1 } });
    expect(gridKeyAction(key('ArrowLeft', { ctrlKey: true }), 'cell', 'mac')).toBeNull();
  });

  it('Home/End in the row, Ctrl+Home/End over the grid', () => {
    expect(gridKeyAction(key('Home'), 'cell', 'other')).toMatchObject({ move: { kind: 'rowStart' } });
    expect(gridKeyAction(key('End', { ctrlKey: true }), 'cell', 'other')).toMatchObject({ move: { kind: 'gridEnd' } });
    expect(gridKeyAction(key('Home', { ctrlKey: true, shiftKey: true }), 'cell', 'other')).toMatchObject({ move: { kind: 'gridStart' }, extend: true });
  });

  it('digits 0-3 set the role; other digits and modified digits do nothing', () => {
    expect(gridKeyAction(key('0'), 'cell', 'other')).toEqual({ type: 'setRole', role: 0 });
    expect(gridKeyAction(key('3'), 'cell', 'other')).toEqual({ type: 'setRole', role: 3 });
    expect(gridKeyAction(key('4'), 'cell', 'other')).toBeNull();
    expect(gridKeyAction(key('2', { ctrlKey: true }), 'cell', 'other')).toBeNull();
    expect(gridKeyAction(key('2'), 'columnHeader', 'other')).toBeNull();
  });

  it('Delete and Backspace clear, Enter and F2 open, Escape collapses', () => {
    expect(gridKeyAction(key('Delete'), 'cell', 'other')).toEqual({ type: 'clear' });
    expect(gridKeyAction(key('Backspace'), 'cell', 'other')).toEqual({ type: 'clear' });
    expect(gridKeyAction(key('Enter'), 'cell', 'other')).toEqual({ type: 'open' });
    expect(gridKeyAction(key('F2'), 'cell', 'other')).toEqual({ type: 'open' });
    expect(gridKeyAction(key('Escape'), 'cell', 'other')).toEqual({ type: 'collapse' });
  });

  it('clipboard, fill and select all with Mod, also on non-Latin layouts', () => {
    expect(gridKeyAction(key('c', { ctrlKey: true }), 'cell', 'other')).toEqual({ type: 'copy' });
    expect(gridKeyAction(key('x', { metaKey: true }), 'cell', 'mac')).toEqual({ type: 'cut' });
    expect(gridKeyAction(key('d', { ctrlKey: true }), 'cell', 'other')).toEqual({ type: 'fill' });
    expect(gridKeyAction(key('a', { ctrlKey: true }), 'cell', 'other')).toEqual({ type: 'selectAll' });
    expect(gridKeyAction({ ...key('в', { ctrlKey: true }), code: 'KeyD' }, 'cell', 'other')).toEqual({ type: 'fill' });
    // Paste comes as the paste event, Undo belongs to the app.
    expect(gridKeyAction(key('v', { ctrlKey: true }), 'cell', 'other')).toBeNull();
    expect(gridKeyAction(key('z', { ctrlKey: true }), 'cell', 'other')).toBeNull();
  });

  it('Alt+arrows reorder along the header axis only', () => {
    expect(gridKeyAction(key('ArrowLeft', { altKey: true }), 'columnHeader', 'other')).toEqual({ type: 'reorder', delta: -1 });
    expect(gridKeyAction(key('ArrowRight', { altKey: true }), 'columnHeader', 'other')).toEqual({ type: 'reorder', delta: 1 });
    expect(gridKeyAction(key('ArrowDown', { altKey: true }), 'rowHeader', 'other')).toEqual({ type: 'reorder', delta: 1 });
    expect(gridKeyAction(key('ArrowDown', { altKey: true }), 'columnHeader', 'other')).toBeNull();
    expect(gridKeyAction(key('ArrowLeft', { altKey: true }), 'cell', 'other')).toBeNull();
  });

  it('on a header, Enter/Space open its menu and moves never extend', () => {
    expect(gridKeyAction(key('Enter'), 'rowHeader', 'other')).toEqual({ type: 'open' });
    expect(gridKeyAction(key(' '), 'columnHeader', 'other')).toEqual({ type: 'open' });
    expect(gridKeyAction(key('ArrowDown', { shiftKey: true }), 'columnHeader', 'other')).toMatchObject({ extend: false });
    expect(gridKeyAction(key('Delete'), 'columnHeader', 'other')).toBeNull();
  });
});
