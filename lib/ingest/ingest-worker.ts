// Entry of an ingest worker thread (see worker-pool.ts). Built into dist/ingest-worker.mjs (lib/workers/bundles.mjs),
// which the pool starts in every setting: next start, next dev, Vitest, the CLI, the scripts.
import { parentPort } from 'node:worker_threads';
import { runExtraction, type ExtractRequest } from './worker-task';

const port = parentPort!;

// pdf.js can reject promises of a document that was already answered for; that must not kill the worker.
process.on('unhandledRejection', () => {});

port.on('message', async (request: ExtractRequest) => {
  port.postMessage(await runExtraction(request));
});
port.postMessage({ type: 'ready' });
