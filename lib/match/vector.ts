export type VectorLike = ArrayLike<number>;

/** Dot product; for L2-normalised vectors this is the cosine similarity. */
export function dot(a: VectorLike, b: VectorLike): number {
  let s = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return s;
}

/** Best match of `query` among `candidates`: index and similarity, or index -1 when there are none. */
export function bestMatch(
  query: VectorLike,
  candidates: readonly { vector: VectorLike }[],
): { index: number; similarity: number } {
  let index = -1;
  let similarity = -1;
  candidates.forEach((c, i) => {
    const s = dot(query, c.vector);
    if (s > similarity) {
      similarity = s;
      index = i;
    }
  });
  return { index, similarity };
}

/** Mean of vectors, re-normalised to unit length. */
export function centroid(vectors: readonly VectorLike[]): Float32Array {
  const dims = vectors[0]?.length ?? 0;
  const out = new Float32Array(dims);
  for (const v of vectors) for (let i = 0; i < dims; i++) out[i]! += v[i]!;
  let norm = 0;
  for (let i = 0; i < dims; i++) norm += out[i]! * out[i]!;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < dims; i++) out[i]! /= norm;
  return out;
}
