// Entry of an ingest worker thread (see worker-pool.ts). It is plain JavaScript so Node can start it from the
// source tree in every setting (next start, next dev, Vitest, the CLI); like bin/rolefit.mjs it loads the TypeScript
// through tsx, here through its require hook.
import { parentPort } from 'node:worker_threads';

// tsx compiles with esbuild (only when its disk cache misses). esbuild's default runs a long-lived child process
// that a terminated worker would leave behind as a zombie; this makes each compile a synchronous, reaped child.
process.env.ESBUILD_WORKER_THREADS = '0';
const { require: tsxRequire } = await import('tsx/cjs/api');

// pdf.js can reject promises of a document that was already answered for; that must not kill the worker.
process.on('unhandledRejection', () => {});

const { runExtraction } = tsxRequire('./worker-task.ts', import.meta.url);

parentPort.on('message', async (request) => {
  parentPort.postMessage(await runExtraction(request));
});
parentPort.postMessage({ type: 'ready' });
