import { describe, expect, it } from 'vitest';
import { channelAxis } from './layout';
import { dropAfterId, positionAfter, stepAfterId } from './reorder';
import { channel } from './testData';

const all = [
  channel('A', 'a0', { online: true }),
  channel('B', 'a1', { hidden: true }),
  channel('C', 'a2'),
  channel('D', 'a3', { online: true }),
  channel('E', 'a4'),
];

describe('dropAfterId', () => {
  const shown = ['A', 'C', 'D', 'E'];

  it('moving forwards lands after the target', () => {
    expect(dropAfterId(all, shown, 'A', 'D')).toBe('D');
  });

  it('moving backwards lands before the target, after its predecessor in the full list', () => {
    expect(dropAfterId(all, shown, 'E', 'C')).toBe('B');
    expect(dropAfterId(all, shown, 'D', 'A')).toBeNull();
  });

  it('does nothing on itself or an unknown item', () => {
    expect(dropAfterId(all, shown, 'A', 'A')).toBeUndefined();
    expect(dropAfterId(all, shown, 'A', 'B')).toBeUndefined();
  });
});

describe('stepAfterId', () => {
  it('steps one shown place, skipping hidden items', () => {
    const axis = channelAxis(all, '', 'none');
    expect(stepAfterId(all, axis, 'C', -1)).toBeNull();
    expect(stepAfterId(all, axis, 'A', 1)).toBe('C');
    expect(stepAfterId(all, axis, 'A', -1)).toBeUndefined();
    expect(stepAfterId(all, axis, 'E', 1)).toBeUndefined();
  });

  it('stays inside its group', () => {
    const axis = channelAxis(all, '', 'online'); // A D | C E
    expect(stepAfterId(all, axis, 'D', -1)).toBeNull();
    expect(stepAfterId(all, axis, 'D', 1)).toBeUndefined();
    expect(stepAfterId(all, axis, 'C', 1)).toBe('E');
  });
});

describe('positionAfter', () => {
  it('computes a position between the new neighbours', () => {
    const pos = positionAfter(all, 'E', 'A')!;
    expect(pos > 'a0' && pos < 'a1').toBe(true);
    const first = positionAfter(all, 'C', null)!;
    expect(first < 'a0').toBe(true);
    const last = positionAfter(all, 'A', 'E')!;
    expect(last > 'a4').toBe(true);
  });

  it('gives up on neighbours it cannot place between', () => {
    expect(positionAfter([channel('X', 'a1'), channel('Y', 'a1'), channel('Z', 'a0')], 'Z', 'X')).toBeNull();
    expect(positionAfter(all, 'A', 'missing')).toBeNull();
  });
});
