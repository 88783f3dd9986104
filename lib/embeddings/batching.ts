/** Most texts per model call: past this, larger batches gain nothing on CPU and only raise peak memory. */
export const MAX_BATCH = 32;
/**
 * Fixed cost of one model call, in padded tokens: small batches pay it more often, batches of mixed lengths pay
 * for their padding. Measured on a 2-core machine, a call costs about as much as 16 extra tokens.
 */
export const CALL_OVERHEAD_TOKENS = 16;

/**
 * Groups texts into model calls so that the padded work (each call pads to its longest text) plus the per-call
 * overhead is least. Texts are sorted by token count and cut into contiguous runs by dynamic programming.
 * Returns batches of indices into `tokenCounts`, shortest texts first.
 */
export function planBatches(
  tokenCounts: readonly number[],
  maxBatch = MAX_BATCH,
  overhead = CALL_OVERHEAD_TOKENS,
): number[][] {
  const order = tokenCounts.map((_, i) => i).sort((a, b) => tokenCounts[a]! - tokenCounts[b]! || a - b);
  const n = order.length;
  // cost[i]: least cost of the first i sorted texts; cut[i]: where the last batch of that plan starts.
  const cost = new Float64Array(n + 1);
  const cut = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    const longest = tokenCounts[order[i - 1]!]!;
    cost[i] = Infinity;
    for (let j = Math.max(0, i - maxBatch); j < i; j++) {
      const c = cost[j]! + overhead + (i - j) * longest;
      if (c < cost[i]!) {
        cost[i] = c;
        cut[i] = j;
      }
    }
  }
  const batches: number[][] = [];
  for (let i = n; i > 0; i = cut[i]!) batches.unshift(order.slice(cut[i]!, i));
  return batches;
}

/** Padded tokens a plan costs the model, the figure `planBatches` minimises (without the per-call overhead). */
export function paddedTokens(tokenCounts: readonly number[], batches: readonly number[][]): number {
  return batches.reduce((sum, b) => sum + b.length * Math.max(...b.map((i) => tokenCounts[i]!)), 0);
}
