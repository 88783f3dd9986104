// Entry of the embedding worker thread (see worker-pool.ts): the model runs here, so a long embedding never blocks the
// web server's event loop. Built into dist/embed-worker.mjs (lib/workers/bundles.mjs), which the pool starts in every
// setting: next start, next dev, Vitest, the CLI, the scripts.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadEmbedder, type Embedder, type RuntimeOptions } from './runtime';

const port = parentPort!;
const options = workerData as RuntimeOptions;

// On Linux a thread has its own nice value and threads it starts inherit it: lowering this thread's priority before
// the model loads lowers onnxruntime's compute threads too, so the web server's thread wins the CPU whenever both want
// it, and embedding takes all the CPU that is left.
if (options.nice) {
  try {
    os.setPriority(0, options.nice);
  } catch {
    // not allowed here (or not Linux): run at normal priority
  }
}

let embedder: Embedder | undefined;
try {
  embedder = await loadEmbedder(options);
} catch (error) {
  port.postMessage({
    type: 'load-failed',
    message: error instanceof Error ? error.message : String(error),
  });
  port.close();
}

if (embedder) {
  const loaded = embedder;
  // The pool sends one request at a time, so calls never overlap on the session.
  port.on('message', async ({ id, texts }: { id: number; texts: readonly string[] }) => {
    try {
      const data = await loaded.embed(texts);
      port.postMessage({ type: 'done', id, data }, [data.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({
        type: 'failed',
        id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  });
  port.postMessage({ type: 'ready' });
}
