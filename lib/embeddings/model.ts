import { loadConfig } from '../config';
import { processGlobal } from '../process-global';
import { EMBEDDING_DIMS, resolveModelConfig } from './config';
import type { Embedder, RuntimeOptions } from './runtime';
import { EmbedWorkerPool } from './worker-pool';

type Backend = { kind: 'workers'; pool: EmbedWorkerPool } | { kind: 'inline'; embedder: Promise<Embedder> };

const current = processGlobal<Backend>('embedder');

function runtimeOptions(): { workers: number; options: RuntimeOptions } {
  const { model, embedding } = loadConfig();
  const { workers, threads, nice } = embedding;
  return { workers, options: { config: resolveModelConfig(model), nice, ...(threads ? { threads } : {}) } };
}

/** Where the model runs for this process: created lazily, once, shared across Next's module instances. */
function backend(): Backend {
  return current.getOrCreate(() => {
    const { workers, options } = runtimeOptions();
    if (workers > 0) return { kind: 'workers', pool: new EmbedWorkerPool(workers, options) };
    const embedder = import('./runtime').then((m) => m.loadEmbedder(options));
    embedder.catch(() => current.clear());
    return { kind: 'inline', embedder };
  });
}

/** The model's identity, for cache keys; reading it does not load the model. */
export async function modelInfo(): Promise<{ modelId: string; dtype: string; dims: number }> {
  const config = resolveModelConfig();
  return { modelId: config.modelId, dtype: config.dtype, dims: EMBEDDING_DIMS };
}

/**
 * Embeds texts off the calling thread (in the embedding worker); vectors are mean-pooled and L2-normalised, so a
 * dot product is the cosine.
 */
export async function embedTexts(texts: readonly string[]): Promise<Float32Array[]> {
  if (texts.length === 0) return [];
  const b = backend();
  const flat = b.kind === 'workers' ? await b.pool.embed(texts) : await (await b.embedder).embed(texts);
  return texts.map((_, i) => flat.subarray(i * EMBEDDING_DIMS, (i + 1) * EMBEDDING_DIMS));
}

/** Loads the model now rather than at the first embedding (the benchmark's warm-up, a server that wants it ready). */
export async function warmUpEmbedder(): Promise<void> {
  const b = backend();
  if (b.kind === 'workers') await b.pool.warmUp();
  else await b.embedder;
}

/** Stops the embedding workers (tests and scripts that want a clean exit); the next call starts them again. */
export async function closeEmbedder(): Promise<void> {
  const b = current.get();
  current.clear();
  if (b?.kind === 'workers') await b.pool.close();
}

/** Thread ids running the model (empty when it runs inline), to check it stays off the request thread. */
export function embedderThreadIds(): number[] {
  const b = backend();
  return b.kind === 'workers' ? b.pool.threadIds() : [];
}
