import { describe, expect, it } from 'vitest';
import type { findingsMethods } from '@shared/contract/findings';
import type { AreaHandlers } from '../dispatch';

describe('handler types derived from the method tables', () => {
  it('asks for a handler for every method of an area, and nothing else', () => {
    const thresholds = { values: {} } as never;
    // @ts-expect-error a method of the table without its handler does not compile
    const missing: AreaHandlers<typeof findingsMethods> = { 'findings.getThresholds': () => thresholds };
    const complete: AreaHandlers<typeof findingsMethods> = {
      'findings.getThresholds': () => thresholds,
      'findings.setThresholds': () => thresholds,
    };
    expect(Object.keys(missing)).toHaveLength(1);
    expect(Object.keys(complete).sort()).toEqual(['findings.getThresholds', 'findings.setThresholds']);
  });
});
