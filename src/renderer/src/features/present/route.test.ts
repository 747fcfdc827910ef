import { describe, expect, it } from 'vitest';
import { parsePresentRoute, showHash, startSlide } from './route';

describe('present route', () => {
  it('reads the view and where a show starts', () => {
    expect(parsePresentRoute('#/present')).toEqual({ view: 'sorter', start: null });
    expect(parsePresentRoute('#/present/presenter')).toEqual({ view: 'presenter', start: null });
    expect(parsePresentRoute(showHash('current'))).toEqual({ view: 'show', start: 'current' });
    expect(parsePresentRoute(showHash('matrix:a b:all'))).toEqual({ view: 'show', start: 'matrix:a b:all' });
    expect(parsePresentRoute('#/present/show')).toEqual({ view: 'show', start: null });
  });

  it('starts at the slide asked for, the last one shown, or the first', () => {
    const ids = ['a', 'b', 'c'];
    expect(startSlide('first', ids, 'b')).toBe('a');
    expect(startSlide('current', ids, 'b')).toBe('b');
    expect(startSlide('current', ids, 'gone')).toBe('a');
    expect(startSlide('c', ids, null)).toBe('c');
    expect(startSlide('hidden', ids, null)).toBe('a');
    expect(startSlide(null, [], null)).toBeNull();
  });
});
