import { describe, expect, it } from 'vitest';
import { TestWorkspace } from './testWorkspace';
import { defaultBaseline } from './baseline';

describe('defaultBaseline', () => {
  it('compares every later scenario with the first one, and the first one with nothing', () => {
    const { scenarios } = new TestWorkspace().scenario('To-be').scenario('Stretch').catalog;
    expect(defaultBaseline(scenarios, 's:To-be')).toBe('s:As-is');
    expect(defaultBaseline(scenarios, 's:Stretch')).toBe('s:As-is');
    expect(defaultBaseline(scenarios, 's:As-is')).toBeNull();
  });

  it('skips a hidden first scenario', () => {
    const { scenarios } = new TestWorkspace().scenario('To-be').scenario('Stretch').catalog;
    scenarios[0]!.hidden = true;
    expect(defaultBaseline(scenarios, 's:Stretch')).toBe('s:To-be');
  });
});
