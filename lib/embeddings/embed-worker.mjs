// Entry of the embedding worker thread (see worker-pool.ts): the model runs here, so a long embedding never
// blocks the web server's event loop. It is plain JavaScript so Node can start it from the source tree in every
// setting (next start, next dev, Vitest, the CLI); it loads the TypeScript runtime through tsx, as bin/rolefit.mjs does.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

// On Linux a thread has its own nice value and threads it starts inherit it: lowering this thread's priority before
// the model loads lowers onnxruntime's compute threads too, so the web server's thread wins the CPU whenever both want
// it, and embedding takes all the CPU that is left.
if (workerData.nice) {
  try {
    os.setPriority(0, workerData.nice);
  } catch {
    // not allowed here (or not Linux): run at normal priority
  }
}

let embedder;
try {
  const { loadEmbedder } = await tsImport('./runtime.ts', import.meta.url);
  embedder = await loadEmbedder(workerData);
} catch (error) {
  parentPort.postMessage({
    type: 'load-failed',
    message: error instanceof Error ? error.message : String(error),
  });
  parentPort.close();
}

if (embedder) {
  // The pool sends one request at a time, so calls never overlap on the session.
  parentPort.on('message', async ({ id, texts }) => {
    try {
      const data = await embedder.embed(texts);
      parentPort.postMessage({ type: 'done', id, data }, [data.buffer]);
    } catch (error) {
      parentPort.postMessage({
        type: 'failed',
        id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  });
  parentPort.postMessage({ type: 'ready' });
}
