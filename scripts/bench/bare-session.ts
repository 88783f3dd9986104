// Child process of the embedding bench: the bare onnxruntime session (the floor) and the previous batching, kept out of
// the bench's own process because onnxruntime-node cannot run sessions in two threads of one process, and Rolefit's
// path runs the model in a worker thread there. Driven over the IPC channel by embedding.ts.
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { planBatches } from '../../lib/embeddings/batching';
import { EMBEDDING_DIMS, resolveModelConfig } from '../../lib/embeddings/config';
import { loadEmbedder } from '../../lib/embeddings/runtime';

export type BareRequest =
  { type: 'setup'; texts: string[] } | { type: 'bare' } | { type: 'previous' } | { type: 'vectors' };
export type BareReply =
  | { type: 'ready'; tokens: number; padded: number; calls: number }
  | { type: 'timed'; ms: number }
  | { type: 'vectors'; data: number[] }
  | { type: 'error'; message: string };

const FILE_SUFFIX: Record<string, string> = {
  fp32: '',
  fp16: '_fp16',
  q8: '_quantized',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
  q4f16: '_q4f16',
  bnb4: '_bnb4',
};

type Encoded = Record<string, { data: BigInt64Array; dims: number[] }>;
type Tokenize = (texts: string[], o: { padding: boolean; truncation: boolean }) => Encoded;

interface Batch {
  feeds: Record<string, ort.Tensor>;
  mask: BigInt64Array;
  rows: number;
  cols: number;
}

/** Mean of the token vectors under the attention mask, L2-normalised: what the pipeline's pooling computes. */
function meanPool(hidden: Float32Array, b: Batch, out: Float32Array, at: number): void {
  const dims = EMBEDDING_DIMS;
  for (let r = 0; r < b.rows; r++) {
    const v = out.subarray((at + r) * dims, (at + r + 1) * dims);
    let n = 0;
    for (let t = 0; t < b.cols; t++) {
      if (!b.mask[r * b.cols + t]) continue;
      n++;
      const base = (r * b.cols + t) * dims;
      for (let d = 0; d < dims; d++) v[d]! += hidden[base + d]!;
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (v[d]! /= n) * v[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) v[d]! /= norm;
  }
}

async function setup(texts: string[]) {
  const config = resolveModelConfig();
  // The pipeline's own tokenizer and the same batch plan as Rolefit's path; tokenising here is setup, never timed.
  const pipeline = await loadEmbedder({ config });
  const tokenize = pipeline.extractor.tokenizer as unknown as Tokenize;
  const counts = pipeline.tokenCounts(texts);
  const plan = planBatches(counts);
  const batches: Batch[] = plan.map((idx) => {
    const enc = tokenize(
      idx.map((i) => texts[i]!),
      { padding: true, truncation: true },
    );
    const feeds: Record<string, ort.Tensor> = {};
    for (const [name, t] of Object.entries(enc)) feeds[name] = new ort.Tensor('int64', t.data, t.dims);
    const mask = enc.attention_mask!;
    return { feeds, mask: mask.data, rows: mask.dims[0]!, cols: mask.dims[1]! };
  });
  const order = plan.flat();
  const modelFile = path.join(
    config.modelDir,
    config.modelId,
    'onnx',
    `model${FILE_SUFFIX[config.dtype] ?? ''}.onnx`,
  );
  const session = await ort.InferenceSession.create(modelFile, { executionProviders: ['cpu'] });

  const bare = async (): Promise<Float32Array> => {
    const out = new Float32Array(texts.length * EMBEDDING_DIMS);
    let at = 0;
    for (const b of batches) {
      const result = await session.run(Object.fromEntries(session.inputNames.map((n) => [n, b.feeds[n]!])));
      meanPool(
        (result.last_hidden_state ?? result[session.outputNames[0]!]!).data as Float32Array,
        b,
        out,
        at,
      );
      at += b.rows;
    }
    return out;
  };
  // How Rolefit called the pipeline before: texts sorted by characters, 32 per call.
  const previous = async () => {
    const byChars = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
    for (let i = 0; i < byChars.length; i += 32) {
      await pipeline.extractor(
        byChars.slice(i, i + 32).map((k) => texts[k]!),
        { pooling: 'mean', normalize: true },
      );
    }
  };
  /** The bare session's vectors in input order, to check both paths compute the same thing. */
  const vectors = async () => {
    const sorted = await bare();
    const out = new Float32Array(sorted.length);
    order.forEach((k, j) =>
      out.set(sorted.subarray(j * EMBEDDING_DIMS, (j + 1) * EMBEDDING_DIMS), k * EMBEDDING_DIMS),
    );
    return Array.from(out);
  };
  const padded = plan.reduce((s, b) => s + b.length * Math.max(...b.map((i) => counts[i]!)), 0);
  return {
    bare,
    previous,
    vectors,
    info: { tokens: counts.reduce((a, b) => a + b, 0), padded, calls: plan.length },
  };
}

let state: Awaited<ReturnType<typeof setup>> | null = null;
const reply = (r: BareReply) => process.send!(r);

process.on('message', async (request: BareRequest) => {
  try {
    if (request.type === 'setup') {
      state = await setup(request.texts);
      reply({ type: 'ready', ...state.info });
    } else if (!state) {
      reply({ type: 'error', message: 'setup first' });
    } else if (request.type === 'vectors') {
      reply({ type: 'vectors', data: await state.vectors() });
    } else {
      const run = request.type === 'bare' ? state.bare : state.previous;
      const start = performance.now();
      await run();
      reply({ type: 'timed', ms: performance.now() - start });
    }
  } catch (err) {
    reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
