// Entry of an ingest worker thread (see worker-pool.ts). It is plain JavaScript so Node can start it from the
// source tree in every setting (next start, next dev, Vitest, the CLI); it loads the TypeScript extractor through
// tsx, as bin/rolefit.mjs does for the CLI.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

// pdf.js can reject promises of a document that was already answered for; that must not kill the worker.
process.on('unhandledRejection', () => {});

const { runExtraction } = await tsImport('./worker-task.ts', import.meta.url);

parentPort.on('message', async (request) => {
  parentPort.postMessage(await runExtraction(request));
});
parentPort.postMessage({ type: 'ready' });
