import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { closeEmbedder, embedderThreadIds, embedTexts } from './model';

// The real model, in its worker thread.
afterAll(() => closeEmbedder());

const norm = (v: Float32Array) => Math.sqrt(v.reduce((a, x) => a + x * x, 0));
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('embedTexts', () => {
  it('runs the model off the calling thread and keeps the input order', async () => {
    const texts = [
      'Registered nurse in an intensive care unit',
      'Kubernetes',
      'Python developer building data pipelines with Spark',
    ];
    const vectors = await embedTexts(texts);
    expect(embedderThreadIds()).toHaveLength(1);
    expect(embedderThreadIds()).not.toContain(threadId);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) {
      expect(v).toHaveLength(384);
      expect(norm(v)).toBeCloseTo(1, 4);
    }
    // Each text alone gives the same vector as in a mixed batch (padding does not leak into the mean).
    const [alone] = await embedTexts([texts[2]!]);
    expect(cosine(alone!, vectors[2]!)).toBeGreaterThan(0.9999);
    // And the vectors mean something: a related text is nearer than an unrelated one.
    const [icu] = await embedTexts(['ICU nurse caring for critically ill patients']);
    expect(cosine(icu!, vectors[0]!)).toBeGreaterThan(cosine(icu!, vectors[1]!) + 0.2);
  });

  it('answers an empty list without starting the model', async () => {
    await closeEmbedder();
    expect(await embedTexts([])).toEqual([]);
    expect(embedderThreadIds()).toEqual([]);
  });
});
