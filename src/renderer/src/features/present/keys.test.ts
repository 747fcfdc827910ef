import { describe, expect, it } from 'vitest';
import { countdownLeft, idleCountdown, pauseCountdown, startCountdown } from './countdown';
import { clock, keyForControl, showAction, stepIndex } from './keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('showAction', () => {
  it('maps the keys of a keyboard and a clicker', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(showAction(key(k), false)).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(showAction(key(k), false)).toBe('previous');
    expect(showAction(key('Home'), false)).toBe('first');
    expect(showAction(key('End'), false)).toBe('last');
    expect(showAction(key('Escape'), false)).toBe('exit');
    expect(showAction(key('x'), false)).toBeNull();
  });

  it('leaves keys to a control on the slide, except the clicker keys', () => {
    expect(showAction(key('ArrowRight'), true)).toBeNull();
    expect(showAction(key(' '), true)).toBeNull();
    expect(showAction(key('PageDown'), true)).toBe('next');
    expect(showAction(key('PageUp'), true)).toBe('previous');
  });

  it('ignores shortcuts with modifiers', () => {
    expect(showAction(key('ArrowRight', { altKey: true }), false)).toBeNull();
    expect(showAction(key('End', { ctrlKey: true }), false)).toBeNull();
  });
});

describe('stepIndex', () => {
  it('stays inside the deck', () => {
    expect(stepIndex('next', 4, 5)).toBe(4);
    expect(stepIndex('next', 1, 5)).toBe(2);
    expect(stepIndex('previous', 0, 5)).toBe(0);
    expect(stepIndex('last', 0, 5)).toBe(4);
    expect(stepIndex('first', 3, 5)).toBe(0);
    expect(stepIndex('last', 0, 0)).toBe(0);
    expect(stepIndex('exit', 2, 5)).toBeNull();
  });
});

describe('clock', () => {
  it('formats minutes and hours', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65_000)).toBe('1:05');
    expect(clock(3_725_000)).toBe('1:02:05');
    expect(clock(-5)).toBe('0:00');
  });
});

describe('countdown', () => {
  it('counts down while running and holds while paused', () => {
    const idle = idleCountdown(10);
    expect(countdownLeft(idle, 5_000)).toBe(600_000);
    const running = startCountdown(idle, 1_000);
    expect(countdownLeft(running, 61_000)).toBe(540_000);
    const paused = pauseCountdown(running, 61_000);
    expect(countdownLeft(paused, 999_999)).toBe(540_000);
    expect(countdownLeft(startCountdown(paused, 100_000), 700_000)).toBe(0);
  });
});

describe('keyForControl', () => {
  const inside = (...selectors: string[]) => ({ closest: (s: string) => (selectors.some((x) => s.split(', ').includes(x)) ? {} : null) });
  it('gives a grid or field every key, a button only Space and Enter', () => {
    expect(keyForControl('ArrowRight', inside('[role="grid"]'))).toBe(true);
    expect(keyForControl('End', inside('input:not([type="checkbox"])'))).toBe(true);
    expect(keyForControl('ArrowRight', inside('input[type="checkbox"]'))).toBe(false);
    expect(keyForControl(' ', inside('input[type="checkbox"]'))).toBe(true);
    expect(keyForControl('End', inside('button'))).toBe(false);
    expect(keyForControl(' ', inside('button'))).toBe(true);
    expect(keyForControl('Enter', inside('button'))).toBe(true);
    expect(keyForControl('ArrowRight', inside())).toBe(false);
    expect(keyForControl('ArrowRight', null)).toBe(false);
  });
});
