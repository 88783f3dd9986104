// The one place the model is loaded. It runs inside the embedding worker thread (embed-worker.ts), or in the
// calling thread when EMBED_WORKERS=0; nothing else imports @huggingface/transformers for embedding. One thread per
// process at most may run it: onnxruntime-node aborts the process when sessions run in two threads.
import { planBatches } from './batching';
import { EMBEDDING_DIMS, type ModelConfig } from './config';

interface Tokenizer {
  encode(text: string): number[];
  model_max_length: number;
  sep_token_id?: number;
}
interface TensorLike {
  dims: number[];
  data: Float32Array;
}
type TensorClass = new (type: 'int64', data: BigInt64Array, dims: number[]) => unknown;
type Extractor = ((texts: string[], opts: { pooling: 'mean'; normalize: boolean }) => Promise<TensorLike>) & {
  tokenizer: Tokenizer;
  model: (inputs: Record<string, unknown>) => Promise<{ last_hidden_state: TensorLike }>;
};

export interface RuntimeOptions {
  config: ModelConfig;
  /** onnxruntime intra-op threads; unset lets onnxruntime use every core. */
  threads?: number;
  /** Nice value for the worker thread running the model and the threads it starts (embed-worker.ts). */
  nice?: number;
}

export interface Embedder {
  /** Vectors of `texts` in input order, flat (`texts.length * dims` floats), mean-pooled and L2-normalised. */
  embed(texts: readonly string[]): Promise<Float32Array>;
  /** Tokens the model sees for each text, special tokens included (what a model call pays for). */
  tokenCounts(texts: readonly string[]): number[];
  dims: number;
  /** The loaded pipeline, for the benchmark's comparisons. */
  extractor: Extractor;
}

export async function loadEmbedder({ config, threads }: RuntimeOptions): Promise<Embedder> {
  const { pipeline, env, Tensor } = await import('@huggingface/transformers');
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
  const { tokenizer } = extractor;
  const maxTokens = tokenizer.model_max_length;
  const sep = tokenizer.sep_token_id ?? tokenizer.encode('')[1];
  // Token ids with [CLS] and [SEP], cut to the model's window the way the pipeline truncates (keeping [SEP]).
  const encode = (text: string): number[] => {
    const ids = tokenizer.encode(text);
    return ids.length <= maxTokens || sep === undefined ? ids : [...ids.slice(0, maxTokens - 1), sep];
  };

  return {
    dims: EMBEDDING_DIMS,
    extractor,
    tokenCounts: (texts) => texts.map((t) => encode(t).length),
    async embed(texts) {
      const ids = texts.map(encode);
      const out = new Float32Array(texts.length * EMBEDDING_DIMS);
      // Each call pads to its longest text, so texts of similar length go together (see planBatches). The texts are
      // tokenised once, here; the pipeline's own call would tokenise them again and pool with slower loops.
      for (const batch of planBatches(ids.map((t) => t.length))) {
        const rows = batch.length;
        const cols = Math.max(...batch.map((i) => ids[i]!.length));
        const inputIds = new BigInt64Array(rows * cols);
        const mask = new BigInt64Array(rows * cols);
        batch.forEach((k, r) =>
          ids[k]!.forEach((id, t) => {
            inputIds[r * cols + t] = BigInt(id);
            mask[r * cols + t] = 1n;
          }),
        );
        const { last_hidden_state: hidden } = await extractor.model({
          input_ids: new (Tensor as unknown as TensorClass)('int64', inputIds, [rows, cols]),
          attention_mask: new (Tensor as unknown as TensorClass)('int64', mask, [rows, cols]),
          token_type_ids: new (Tensor as unknown as TensorClass)('int64', new BigInt64Array(rows * cols), [
            rows,
            cols,
          ]),
        });
        const dims = hidden.dims[2] ?? EMBEDDING_DIMS;
        if (dims !== EMBEDDING_DIMS)
          throw new Error(`The model gives ${dims}-dimension vectors; Rolefit stores ${EMBEDDING_DIMS}.`);
        batch.forEach((k, r) =>
          meanPoolInto(hidden.data, r * cols * dims, ids[k]!.length, out.subarray(k * dims, (k + 1) * dims)),
        );
      }
      return out;
    },
  };
}

/** Mean of a text's first `tokens` token vectors (padding sits after them), L2-normalised into `out`. */
function meanPoolInto(hidden: Float32Array, offset: number, tokens: number, out: Float32Array): void {
  const dims = out.length;
  for (let t = 0; t < tokens; t++) {
    const base = offset + t * dims;
    for (let d = 0; d < dims; d++) out[d]! += hidden[base + d]!;
  }
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += out[d]! * out[d]!;
  // The mean's 1/tokens factor cancels in the normalisation.
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) out[d]! /= norm;
}
