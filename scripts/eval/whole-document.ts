/** The plain-cosine baseline: each whole document embedded as one text, compared by cosine. */
import path from 'node:path';
import { VectorCache } from '../../cli/vector-cache';
import { loadConfig } from '../../lib/config';
import { EMBEDDING_DIMS } from '../../lib/embeddings/config';
import { embedTexts, modelInfo } from '../../lib/embeddings/model';
import { dot } from '../../lib/match/vector';

/**
 * One L2-normalised vector per document. The model truncates a long text at its window, which is part of what
 * this baseline measures. Vectors are cached next to the CLI's passage vectors, under their own key.
 */
export async function embedWholeDocuments(texts: readonly string[]): Promise<Float32Array[]> {
  const { modelId } = await modelInfo();
  const cache = new VectorCache(
    path.join(loadConfig().dataDir, 'cache', 'vectors'),
    `${modelId}|${process.env.MODEL_DTYPE ?? 'q4'}|whole-document`,
  );
  const out = texts.map((t) => cache.get([t], EMBEDDING_DIMS)?.[0] ?? null);
  const todo = texts.map((t, i) => ({ t, i })).filter(({ i }) => out[i] === null);
  const vectors = await embedTexts(todo.map(({ t }) => t));
  todo.forEach(({ t, i }, j) => {
    cache.set([t], [vectors[j]!]);
    out[i] = vectors[j]!;
  });
  return out as Float32Array[];
}

export function cosineScores(query: Float32Array, docs: readonly Float32Array[]): number[] {
  return docs.map((d) => dot(query, d));
}
