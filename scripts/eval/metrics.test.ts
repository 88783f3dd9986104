import { describe, expect, it } from 'vitest';
import { mean, ndcgAtK, orderScores, rankByScore, ranks, spearman } from './metrics';

describe('ndcgAtK', () => {
  it('is 1 when every relevant item leads the ranking', () => {
    expect(ndcgAtK(['a', 'b', 'x', 'y'], new Set(['a', 'b']))).toBe(1);
  });

  it('discounts a relevant item by log2 of its position plus one', () => {
    // One relevant item at position 3: DCG = 1/log2(4) = 0.5, ideal = 1.
    expect(ndcgAtK(['x', 'y', 'a'], new Set(['a']))).toBeCloseTo(0.5, 10);
  });

  it('takes the ideal from the number of relevant items, even those ranked below k', () => {
    const ranked = ['a', 'x', 'y', 'b'];
    const idcg = 1 + 1 / Math.log2(3);
    expect(ndcgAtK(ranked, new Set(['a', 'b']), 2)).toBeCloseTo(1 / idcg, 10);
  });

  it('caps the ideal at k relevant items', () => {
    const relevant = new Set(['a', 'b', 'c', 'd']);
    expect(ndcgAtK(['a', 'b', 'c', 'd'], relevant, 2)).toBe(1);
  });

  it('is 0 when no relevant item is in the top k, and null when nothing is relevant', () => {
    expect(ndcgAtK(['x', 'y', 'a'], new Set(['a']), 2)).toBe(0);
    expect(ndcgAtK(['x', 'y'], new Set())).toBeNull();
  });
});

describe('ranks', () => {
  it('ranks the highest value first and averages ties', () => {
    expect(ranks([10, 30, 20, 30])).toEqual([4, 1.5, 3, 1.5]);
  });
});

describe('spearman', () => {
  it('is 1 for the same order and -1 for the reverse', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 10);
    expect(spearman([1, 2, 3, 4], [40, 30, 20, 10])).toBeCloseTo(-1, 10);
  });

  it('matches 1 - 6 sum d^2 / (n (n^2 - 1)) without ties', () => {
    // Ranks differ by one swap of neighbours: sum d^2 = 2, n = 5.
    expect(spearman([5, 4, 3, 2, 1], [5, 4, 2, 3, 1])).toBeCloseTo(1 - (6 * 2) / (5 * 24), 10);
  });

  it('is 0 when one side ties every item', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBe(0);
  });

  it('refuses scorings of different lengths', () => {
    expect(() => spearman([1, 2], [1])).toThrow();
  });
});

describe('orderScores and rankByScore', () => {
  it('turn a best-first order into scores and back', () => {
    const items = ['c', 'a', 'b'];
    const scores = orderScores(['a', 'b', 'c'], items);
    expect(scores).toEqual([1, 3, 2]);
    expect(rankByScore(items, scores)).toEqual(['a', 'b', 'c']);
  });

  it('breaks score ties by name', () => {
    expect(rankByScore(['b', 'a', 'c'], [1, 1, 2])).toEqual(['c', 'a', 'b']);
  });
});

describe('mean', () => {
  it('averages, and is NaN for no values', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNaN();
  });
});
