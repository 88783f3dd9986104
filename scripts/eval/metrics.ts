/**
 * nDCG@k with binary gains: `ranked` is the system's order, best first; the ideal DCG puts all relevant items
 * (as many as fit in k) on top. Returns null when nothing is relevant, since the metric is undefined there.
 */
export function ndcgAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k = 10): number | null {
  if (relevant.size === 0) return null;
  let dcg = 0;
  ranked.slice(0, k).forEach((item, i) => {
    if (relevant.has(item)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

/** 1-based ranks of `values`, highest value first; tied values share the mean of the ranks they span. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    const shared = (start + end) / 2 + 1;
    for (let j = start; j <= end; j++) out[order[j]!] = shared;
    start = end + 1;
  }
  return out;
}

/**
 * Spearman's rho between two scorings of the same items (higher = better in both): the Pearson correlation of
 * their tie-averaged ranks. A scoring that ties every item carries no order, so rho is 0 rather than undefined.
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new Error(`spearman: ${x.length} scores against ${y.length}`);
  if (x.length < 2) return 0;
  const rx = ranks(x);
  const ry = ranks(y);
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    const a = rx[i]! - mx;
    const b = ry[i]! - my;
    num += a * b;
    dx += a * a;
    dy += b * b;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}

/** Scores that reproduce a best-first order (the first item scores highest), for comparing with `spearman`. */
export function orderScores(order: readonly string[], items: readonly string[]): number[] {
  return items.map((item) => {
    const at = order.indexOf(item);
    if (at < 0) throw new Error(`orderScores: "${item}" is not in the order`);
    return order.length - at;
  });
}

export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

/** Items sorted by score, best first; equal scores keep a stable, name-based order so reruns agree. */
export function rankByScore(items: readonly string[], scores: readonly number[]): string[] {
  return items
    .map((item, i) => ({ item, score: scores[i]! }))
    .sort((a, b) => b.score - a.score || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0))
    .map((x) => x.item);
}
