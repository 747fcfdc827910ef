import { describe, expect, it } from 'vitest';
import { safeFileName } from './exportImage';

describe('safeFileName', () => {
  it('keeps ordinary names, accents included', () => {
    expect(safeFileName('Kanaalmix per fase — As-is')).toBe('Kanaalmix per fase — As-is');
  });

  it('drops path separators, reserved characters and leading dots', () => {
    expect(safeFileName('../a/b:c*?"<>|d')).toBe('a b c d');
    expect(safeFileName('..hidden')).toBe('hidden');
  });

  it('never returns an empty or overlong name', () => {
    expect(safeFileName('  / \\ ')).toBe('channelwise');
    expect(safeFileName('x'.repeat(500))).toHaveLength(120);
  });
});
