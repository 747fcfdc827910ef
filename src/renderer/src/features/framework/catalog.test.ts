import { describe, expect, it } from 'vitest';
import { comparePositions, moveTarget, neighbourAfterDelete, sortByPosition } from './catalog';

const item = (id: string, position: string) => ({ id, position });

describe('sortByPosition', () => {
  it('sorts fractional indexes by code unit, not by locale', () => {
    const items = [item('c', 'a1'), item('a', 'Zz'), item('b', 'a0'), item('d', 'a0V')];
    // 'Z' (0x5a) sorts before 'a' (0x61); localeCompare would put "Zz" last.
    expect(sortByPosition(items).map((i) => i.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(['Zz', 'a0'].sort((x, y) => x.localeCompare(y))).toEqual(['a0', 'Zz']);
  });

  it('breaks ties by id and does not touch the input', () => {
    const items = [item('y', 'a0'), item('x', 'a0')];
    expect(sortByPosition(items).map((i) => i.id)).toEqual(['x', 'y']);
    expect(items.map((i) => i.id)).toEqual(['y', 'x']);
    expect(comparePositions(item('x', 'a0'), item('x', 'a0'))).toBe(0);
  });
});

describe('moveTarget', () => {
  const sorted = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

  it('moving up lands after the item two places before, or first', () => {
    expect(moveTarget(sorted, 'c', 'up')).toBe('a');
    expect(moveTarget(sorted, 'b', 'up')).toBeNull();
    expect(moveTarget(sorted, 'a', 'up')).toBeUndefined();
  });

  it('moving down lands after the next item', () => {
    expect(moveTarget(sorted, 'a', 'down')).toBe('b');
    expect(moveTarget(sorted, 'c', 'down')).toBe('d');
    expect(moveTarget(sorted, 'd', 'down')).toBeUndefined();
  });

  it('cannot move an unknown item', () => {
    expect(moveTarget(sorted, 'zz', 'up')).toBeUndefined();
  });
});

describe('neighbourAfterDelete', () => {
  const sorted = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('prefers the next item, then the previous one', () => {
    expect(neighbourAfterDelete(sorted, 'a')).toBe('b');
    expect(neighbourAfterDelete(sorted, 'c')).toBe('b');
    expect(neighbourAfterDelete([{ id: 'a' }], 'a')).toBeNull();
  });
});
