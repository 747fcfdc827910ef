import { describe, expect, it } from 'vitest';
import { tooLargeParams } from './limits';
import { MAX_IMPORT_BYTES } from './types';

describe('import size limit', () => {
  it('reports sizes in MB, rounded up so a file just over the limit reads as over it', () => {
    expect(tooLargeParams('a.csv', 50 * 1024 * 1024)).toEqual({ name: 'a.csv', size: 50, max: 3 });
    expect(tooLargeParams('a.csv', MAX_IMPORT_BYTES + 1).size).toBe(3.1);
  });
});
