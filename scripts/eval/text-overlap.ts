/** Loose text comparison for the labelled eval sets: token sets, overlap shares and best-match lookup. */

/** Lower-case word tokens; punctuation splits words, but + and # stay ("C++", "C#"). */
export function tokenSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? []);
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n += 1;
  return n;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const union = a.size + b.size - shared(a, b);
  return union === 0 ? 0 : shared(a, b) / union;
}

/** Share of the smaller set found in the larger one: 1 when one text's words all occur in the other. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : shared(a, b) / smaller;
}

/** Share of `part`'s tokens that occur in `whole`. */
export function coveredShare(part: string, whole: string): number {
  const p = tokenSet(part);
  return p.size === 0 ? 0 : shared(p, tokenSet(whole)) / p.size;
}

/**
 * The candidate most similar to `text` (highest Jaccard, then containment), or -1 when none is similar enough:
 * Jaccard ≥ 0.5, or one text's words all but lost inside the other (containment ≥ 0.8, two words or more on the
 * smaller side, so a one-word label is not found inside any sentence that happens to use that word).
 */
export function mostSimilar(text: string, candidates: readonly string[]): number {
  const a = tokenSet(text);
  let best = -1;
  let bestKey: [number, number] = [-1, -1];
  candidates.forEach((candidate, i) => {
    const b = tokenSet(candidate);
    const j = jaccard(a, b);
    const c = containment(a, b);
    const similar = j >= 0.5 || (c >= 0.8 && Math.min(a.size, b.size) >= 2);
    if (!similar) return;
    if (j > bestKey[0] || (j === bestKey[0] && c > bestKey[1])) {
      best = i;
      bestKey = [j, c];
    }
  });
  return best;
}
