import { describe, expect, it } from 'vitest';
import { foldByWeight } from './downsample';

const items = [
  { id: 'a', w: 1 },
  { id: 'b', w: 9 },
  { id: 'c', w: 5 },
  { id: 'd', w: 5 },
  { id: 'e', w: 0 },
];
const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('foldByWeight', () => {
  it('keeps everything that fits the budget', () => {
    const result = foldByWeight(items, (i) => i.w, 5);
    expect(ids(result.kept)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.folded).toEqual([]);
  });

  it('keeps the heaviest (earlier wins a tie) in their original order and folds the rest', () => {
    const result = foldByWeight(items, (i) => i.w, 3);
    expect(ids(result.kept)).toEqual(['b', 'c']);
    expect(ids(result.folded)).toEqual(['a', 'd', 'e']);
  });

  it('folds everything into "Other" with a budget of one', () => {
    const result = foldByWeight(items, (i) => i.w, 1);
    expect(result.kept).toEqual([]);
    expect(result.folded).toHaveLength(5);
  });

  it('handles an empty list and all-zero weights', () => {
    expect(foldByWeight([], () => 0, 3)).toEqual({ kept: [], folded: [] });
    const zeros = foldByWeight(items, () => 0, 2);
    expect(ids(zeros.kept)).toEqual(['a']);
  });

  it('refuses a budget that is not a positive integer', () => {
    expect(() => foldByWeight(items, (i) => i.w, 0)).toThrow(RangeError);
    expect(() => foldByWeight(items, (i) => i.w, 2.5)).toThrow(RangeError);
  });

  it('thins 60 channels to 24 columns', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, w: i % 7 }));
    const result = foldByWeight(many, (i) => i.w);
    expect(result.kept).toHaveLength(23);
    expect(result.folded).toHaveLength(37);
    expect(Math.min(...result.kept.map((i) => i.w))).toBeGreaterThanOrEqual(Math.max(...result.folded.map((i) => i.w)));
  });
});
