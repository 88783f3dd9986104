import { describe, expect, it } from 'vitest';
import { MAX_BATCH, paddedTokens, planBatches } from './batching';

describe('planBatches', () => {
  it('puts every text in exactly one batch, shortest first', () => {
    const counts = [40, 5, 120, 7, 60, 6, 118];
    const plan = planBatches(counts);
    expect(plan.flat().sort((a, b) => a - b)).toEqual(counts.map((_, i) => i));
    const longest = plan.map((b) => Math.max(...b.map((i) => counts[i]!)));
    expect(longest).toEqual([...longest].sort((a, b) => a - b));
  });

  it('keeps short texts out of long texts’ batches, where they would be padded to the longest', () => {
    const counts = [...Array(10).fill(8), ...Array(10).fill(120)];
    const plan = planBatches(counts);
    expect(plan).toHaveLength(2);
    expect(paddedTokens(counts, plan)).toBe(10 * 8 + 10 * 120);
    // One batch of everything would pad the short ones to 120.
    expect(paddedTokens(counts, [counts.map((_, i) => i)])).toBe(20 * 120);
  });

  it('joins texts of similar length, rather than paying a model call for each', () => {
    expect(planBatches([50, 51, 52, 53])).toHaveLength(1);
  });

  it('never makes a batch larger than MAX_BATCH', () => {
    const plan = planBatches(Array(100).fill(30));
    expect(Math.max(...plan.map((b) => b.length))).toBe(MAX_BATCH);
    expect(plan.flat()).toHaveLength(100);
  });

  it('plans nothing for no texts', () => {
    expect(planBatches([])).toEqual([]);
  });
});
