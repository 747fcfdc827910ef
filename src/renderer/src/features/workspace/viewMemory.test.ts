import { describe, expect, it } from 'vitest';
import { keptView } from './viewMemory';

describe('keptView', () => {
  it('keeps the view and drops the cell a link asked to focus', () => {
    expect(keptView('#/matrix?scenario=s1&lens=typology%3At1&cell=p1%3Ac1')).toBe('#/matrix?scenario=s1&lens=typology%3At1');
    expect(keptView('#/matrix?cell=p1%3Ac1')).toBe('#/matrix');
  });

  it('leaves a bare page alone', () => {
    expect(keptView('#/charts')).toBe('#/charts');
  });
});
