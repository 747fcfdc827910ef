import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH } from '@shared/domain/types';
import { nameProblem } from './nameCheck';

describe('nameProblem', () => {
  it('refuses empty and blank names', () => {
    expect(nameProblem('')).toEqual({ key: 'nameEmpty' });
    expect(nameProblem('   ')).toEqual({ key: 'nameEmpty' });
  });
  it('refuses names that are too long, saying how long', () => {
    expect(nameProblem('x'.repeat(MAX_NAME_LENGTH + 5))).toEqual({ key: 'nameTooLong', max: MAX_NAME_LENGTH, length: MAX_NAME_LENGTH + 5 });
  });
  it('accepts a name', () => {
    expect(nameProblem('  First purchase ')).toBeNull();
  });
});
