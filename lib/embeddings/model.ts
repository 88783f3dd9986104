import { EMBEDDING_DIMS, resolveModelConfig, type ModelConfig } from './config';

export type Vector = Float32Array;

interface FeatureTensor {
  dims: number[];
  data: Float32Array;
}
type Extractor = ((texts: string[], opts: { pooling: 'mean'; normalize: boolean }) => Promise<FeatureTensor>) & {
  tokenizer: { encode(text: string): number[] };
};

interface ModelHandle {
  config: ModelConfig;
  extractor: Extractor;
}

const GLOBAL_KEY = Symbol.for('rolefit.embeddings.model');
type GlobalWithModel = typeof globalThis & { [GLOBAL_KEY]?: Promise<ModelHandle> };

/** Batch size that keeps peak memory low while giving onnxruntime enough work per call. */
const BATCH_SIZE = 32;

async function loadModel(): Promise<ModelHandle> {
  const config = resolveModelConfig();
  const { pipeline, env } = await import('@huggingface/transformers');
  env.localModelPath = config.modelDir;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  try {
    const extractor = (await pipeline('feature-extraction', config.modelId, {
      dtype: config.dtype,
    })) as unknown as Extractor;
    return { config, extractor };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      `Could not load the embedding model "${config.modelId}" from ${config.modelDir}: ${reason}. ` +
        'Check MODEL_DIR and MODEL_ID, or unset them to use the bundled model.',
    );
  }
}

/** The one place the model is loaded: lazily, once per process, shared across Next's module instances. */
export function getModel(): Promise<ModelHandle> {
  const g = globalThis as GlobalWithModel;
  if (!g[GLOBAL_KEY]) {
    g[GLOBAL_KEY] = loadModel().catch((err: unknown) => {
      delete g[GLOBAL_KEY];
      throw err;
    });
  }
  return g[GLOBAL_KEY];
}

export async function modelInfo(): Promise<{ modelId: string; dims: number }> {
  const { config } = await getModel();
  return { modelId: config.modelId, dims: EMBEDDING_DIMS };
}

/** Embeds texts in batches; vectors are mean-pooled and L2-normalised, so a dot product is the cosine. */
export async function embedTexts(texts: readonly string[]): Promise<Vector[]> {
  if (texts.length === 0) return [];
  const { extractor } = await getModel();
  // Batching texts of similar length keeps padding, and so wasted compute, low.
  const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
  const out = new Array<Vector>(texts.length);
  for (let i = 0; i < order.length; i += BATCH_SIZE) {
    const idx = order.slice(i, i + BATCH_SIZE);
    const tensor = await extractor(
      idx.map((k) => texts[k]!),
      { pooling: 'mean', normalize: true },
    );
    const dims = tensor.dims[1] ?? EMBEDDING_DIMS;
    idx.forEach((k, j) => (out[k] = tensor.data.slice(j * dims, (j + 1) * dims)));
  }
  return out;
}
