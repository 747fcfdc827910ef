import { describe, expect, it } from 'vitest';
import { conflictLosers, winnerOf, type FieldWrite } from './field-merge';

const w = (hlc: string, value: FieldWrite['value'], base: string | null = null): FieldWrite => ({ hlc, device: hlc.slice(-1), value, base });

describe('last writer wins per field', () => {
  it('picks the greatest clock, a default only when no one wrote the field', () => {
    expect(winnerOf([w('2-a', 'x'), w('3-b', 'y'), w('1-c', 'z')])?.value).toBe('y');
    expect(winnerOf([w('', null), w('1-a', 'note')])?.value).toBe('note');
    expect(winnerOf([w('', null)])?.value).toBeNull();
    expect(winnerOf([])).toBeUndefined();
  });

  it('calls a losing value a conflict only when no later write had seen it and it differs from the winner', () => {
    // Concurrent: both replaced the same value 0-a.
    expect(conflictLosers([w('0-a', 'old'), w('1-a', 'A', '0-a'), w('2-b', 'B', '0-a')])).toEqual([w('1-a', 'A', '0-a')]);
    // Sequential: B replaced A knowingly.
    expect(conflictLosers([w('1-a', 'A', '0-a'), w('2-b', 'B', '1-a')])).toEqual([]);
    // The same value on both sides is no conflict.
    expect(conflictLosers([w('1-a', 'same', '0-a'), w('2-b', 'same', '0-a')])).toEqual([]);
    // Defaults never are.
    expect(conflictLosers([w('', null), w('2-b', 'B')])).toEqual([]);
    // Bytes compare by content.
    expect(conflictLosers([w('1-a', new Uint8Array([1])), w('2-b', new Uint8Array([1]))])).toEqual([]);
  });

  it('gives the same answer whatever order the writes came in', () => {
    const writes = [w('1-a', 'X'), w('2-b', 'Y'), w('3-c', 'X'), w('4-d', 'Z', '3-c')];
    const losers = (list: FieldWrite[]) => conflictLosers(list).map((x) => x.hlc).sort();
    // 3-c was replaced knowingly by the winner 4-d; 1-a and 2-b were not seen by anyone.
    expect(losers(writes)).toEqual(['1-a', '2-b']);
    expect(losers([...writes].reverse())).toEqual(['1-a', '2-b']);
  });
});
