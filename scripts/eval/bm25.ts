/** The keyword baseline: Okapi BM25 over plain lower-cased word tokens, without stemming. */

// The common English function words (NLTK's list, without contractions).
const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
  once only or other our ours ourselves out over own same she should so some such than that the their theirs them
  themselves then there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves`.split(/\s+/),
);

/** Lower-cased word tokens; `+` and `#` stay attached so C++ and C# remain words of their own. */
export function keywordTokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+[+#]*/gu) ?? []).filter((t) => !STOPWORDS.has(t));
}

export interface Bm25Options {
  k1?: number;
  b?: number;
}

export class Bm25Index {
  private readonly docs: Map<string, number>[];
  private readonly lengths: number[];
  private readonly avgLength: number;
  private readonly df = new Map<string, number>();
  private readonly k1: number;
  private readonly b: number;

  constructor(texts: readonly string[], { k1 = 1.2, b = 0.75 }: Bm25Options = {}) {
    this.k1 = k1;
    this.b = b;
    this.docs = texts.map((text) => {
      const tf = new Map<string, number>();
      for (const t of keywordTokens(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
      return tf;
    });
    this.lengths = this.docs.map((tf) => [...tf.values()].reduce((a, n) => a + n, 0));
    this.avgLength = this.lengths.reduce((a, n) => a + n, 0) / Math.max(1, this.lengths.length) || 1;
    for (const tf of this.docs) for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** Lucene's idf, which stays positive for terms in more than half of the documents. */
  private idf(term: string): number {
    const n = this.docs.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** One score per indexed document. Every query token counts, so a term the query repeats weighs more. */
  scores(query: string): number[] {
    const terms = keywordTokens(query);
    return this.docs.map((tf, i) => {
      const norm = this.k1 * (1 - this.b + (this.b * this.lengths[i]!) / this.avgLength);
      let score = 0;
      for (const term of terms) {
        const f = tf.get(term);
        if (f) score += (this.idf(term) * f * (this.k1 + 1)) / (f + norm);
      }
      return score;
    });
  }
}
