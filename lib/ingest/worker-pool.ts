// Parses untrusted files in worker threads. A worker that runs past the time limit is terminated (pdf.js can spin
// on a crafted file, and a timer on the main thread cannot stop synchronous work), and each worker has a heap cap,
// so a hostile file costs one worker, never the server's event loop or memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { IngestError } from './errors';
import type { IngestedDocument } from './extract';
import type { ExtractReply, ExtractRequest } from './worker-task';

const WORKER_FILE = 'ingest-worker.mjs';

const PoolEnvSchema = z.object({
  INGEST_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  INGEST_WORKER_MEMORY_MB: z.coerce.number().int().min(64).default(512),
  INGEST_TIMEOUT_MS: z.coerce.number().int().min(1).default(15_000),
});

interface Job {
  request: ExtractRequest;
  timeoutMs: number;
  resolve: (doc: IngestedDocument) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Terminated or crashed: takes no more work and leaves the pool on exit. */
  dead: boolean;
  job: Job | null;
  timer?: ReturnType<typeof setTimeout>;
}

class IngestWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];

  constructor(
    readonly timeoutMs: number,
    private readonly size: number,
    private readonly memoryMb: number,
    private readonly file: string,
  ) {}

  run(request: ExtractRequest, timeoutMs: number): Promise<IngestedDocument> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (let job = this.queue[0]; job; job = this.queue[0]) {
      const idle = this.slots.find((slot) => slot.ready && !slot.dead && !slot.job);
      if (idle) {
        this.queue.shift();
        this.start(idle, job);
        continue;
      }
      const starting = this.slots.filter((slot) => !slot.ready && !slot.dead).length;
      if (starting >= this.queue.length || this.slots.length >= this.size) return;
      this.spawn();
    }
  }

  private spawn(): void {
    // execArgv: [] keeps a parent's loader (tsx in the CLI) out of the worker, which loads tsx itself;
    // inheriting it hangs the worker.
    const worker = new Worker(this.file, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    const slot: Slot = { worker, ready: false, dead: false, job: null };
    this.slots.push(slot);
    worker.unref();
    worker.on('message', (reply: ExtractReply | { type: 'ready' }) => {
      if (reply.type === 'ready') {
        slot.ready = true;
      } else {
        const job = this.release(slot);
        if (!job) return;
        if (reply.type === 'done') job.resolve(reply.doc);
        else if (reply.type === 'refused') job.reject(new IngestError(reply.code, reply.message));
        else
          job.reject(
            Object.assign(new Error(`Reading a document failed: ${reply.message}`), { stack: reply.stack }),
          );
      }
      this.pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      slot.dead = true;
      const job = this.release(slot);
      if (job) {
        job.reject(crashError(error));
      } else if (!slot.ready) {
        // The reader itself cannot start (a missing dependency, say): fail the waiting uploads rather than retry forever.
        console.error('The document reader could not start:', error);
        for (const waiting of this.queue.splice(0))
          waiting.reject(new Error(`The document reader could not start: ${error.message}`));
      }
    });
    worker.on('exit', () => {
      slot.dead = true;
      this.release(slot)?.reject(crashError(null));
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.pump();
    });
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    // A copy is transferred, so the caller keeps its bytes (they are stored as the original file).
    // new Uint8Array(...) copies; Buffer#slice would only make a view, and transferring it would empty the caller's Buffer.
    const bytes = new Uint8Array(job.request.bytes);
    slot.worker.postMessage({ ...job.request, bytes }, [bytes.buffer]);
    slot.timer = setTimeout(() => {
      slot.dead = true;
      this.release(slot)?.reject(timeoutError());
      void slot.worker.terminate();
    }, job.timeoutMs);
  }

  /** Detaches the slot's job (if any) so it is settled exactly once, and lets an idle worker not hold the process open. */
  private release(slot: Slot): Job | null {
    const job = slot.job;
    slot.job = null;
    clearTimeout(slot.timer);
    slot.worker.unref();
    return job;
  }
}

function timeoutError(): IngestError {
  return new IngestError(
    'timeout',
    'The file took too long to read. Re-export it as a simpler PDF, or upload a DOCX or TXT instead.',
  );
}

function crashError(error: (Error & { code?: string }) | null): IngestError {
  if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new IngestError(
      'too_complex',
      'The file needs far more memory to read than a resume should. Re-export it as a simpler PDF, or upload a DOCX or TXT instead.',
      { cause: error },
    );
  }
  return new IngestError(
    'corrupt',
    'The file could not be read; it may be damaged. Save it again as PDF, DOCX or plain text, and upload that.',
    { cause: error },
  );
}

/**
 * The worker entry is resolved next to this module, or from the project root when a bundler moved this module
 * (as `next build` does); it must exist on disk at run time either way.
 */
function workerFile(): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE));
  } catch {
    // import.meta.url is not a file: URL once bundled; fall through to the project root.
  }
  candidates.push(path.join(process.cwd(), 'lib', 'ingest', WORKER_FILE));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found)
    throw new Error(`The document reader ${WORKER_FILE} was not found (looked in ${candidates.join(', ')}).`);
  return found;
}

const POOL_KEY = Symbol.for('rolefit.ingest-worker-pool');
type GlobalWithPool = typeof globalThis & { [POOL_KEY]?: IngestWorkerPool };

function pool(): IngestWorkerPool {
  const g = globalThis as GlobalWithPool;
  if (!g[POOL_KEY]) {
    const env = PoolEnvSchema.parse(process.env);
    const size = env.INGEST_WORKERS ?? Math.max(1, Math.min(2, os.availableParallelism()));
    g[POOL_KEY] = new IngestWorkerPool(
      env.INGEST_TIMEOUT_MS,
      size,
      env.INGEST_WORKER_MEMORY_MB,
      workerFile(),
    );
  }
  return g[POOL_KEY];
}

/**
 * Extracts a document in a worker thread; rejects with IngestError('timeout') after `timeoutMs` of parsing
 * (default INGEST_TIMEOUT_MS, 15 s). Time spent waiting for a free worker does not count.
 */
export function extractInWorker(
  bytes: Uint8Array,
  filename?: string,
  timeoutMs?: number,
): Promise<IngestedDocument> {
  const workers = pool();
  return workers.run(
    { bytes, ...(filename === undefined ? {} : { filename }) },
    timeoutMs ?? workers.timeoutMs,
  );
}
