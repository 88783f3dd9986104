// The one place the model is loaded. It runs inside the embedding worker thread (embed-worker.mjs), or in the
// calling thread when EMBED_WORKERS=0; nothing else imports @huggingface/transformers for embedding.
import { planBatches } from './batching';
import { EMBEDDING_DIMS, type ModelConfig } from './config';

interface FeatureTensor {
  dims: number[];
  data: Float32Array;
}
interface Tokenizer {
  encode(text: string): number[];
  model_max_length: number;
}
type Extractor = ((texts: string[], opts: { pooling: 'mean'; normalize: boolean }) => Promise<FeatureTensor>) & { tokenizer: Tokenizer };

export interface RuntimeOptions {
  config: ModelConfig;
  /** onnxruntime intra-op threads; unset lets onnxruntime use every core. */
  threads?: number;
}

export interface Embedder {
  /** Vectors of `texts` in input order, flat (`texts.length * dims` floats), mean-pooled and L2-normalised. */
  embed(texts: readonly string[]): Promise<Float32Array>;
  /** Tokens the model sees for each text, special tokens included (what a model call pays for). */
  tokenCounts(texts: readonly string[]): number[];
  dims: number;
  /** The loaded pipeline, for the benchmark's side-by-side comparison with a bare onnxruntime session. */
  extractor: Extractor;
}

export async function loadEmbedder({ config, threads }: RuntimeOptions): Promise<Embedder> {
  const { pipeline, env } = await import('@huggingface/transformers');
  env.localModelPath = config.modelDir;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  let extractor: Extractor;
  try {
    extractor = (await pipeline('feature-extraction', config.modelId, {
      dtype: config.dtype,
      ...(threads ? { session_options: { intraOpNumThreads: threads } } : {}),
    })) as unknown as Extractor;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      `Could not load the embedding model "${config.modelId}" from ${config.modelDir}: ${reason}. ` +
        'Check MODEL_DIR and MODEL_ID, or unset them to use the bundled model.',
    );
  }
  const maxTokens = extractor.tokenizer.model_max_length;
  const tokenCounts = (texts: readonly string[]) => texts.map((t) => Math.min(maxTokens, extractor.tokenizer.encode(t).length));

  return {
    dims: EMBEDDING_DIMS,
    extractor,
    tokenCounts,
    async embed(texts) {
      const out = new Float32Array(texts.length * EMBEDDING_DIMS);
      // Each call pads to its longest text, so texts of similar length go together (see planBatches).
      for (const batch of planBatches(tokenCounts(texts))) {
        const tensor = await extractor(
          batch.map((i) => texts[i]!),
          { pooling: 'mean', normalize: true },
        );
        const dims = tensor.dims[1] ?? EMBEDDING_DIMS;
        if (dims !== EMBEDDING_DIMS) throw new Error(`The model gives ${dims}-dimension vectors; Rolefit stores ${EMBEDDING_DIMS}.`);
        batch.forEach((k, j) => out.set(tensor.data.subarray(j * dims, (j + 1) * dims), k * dims));
      }
      return out;
    },
  };
}
