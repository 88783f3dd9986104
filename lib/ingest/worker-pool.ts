// Parses untrusted files in worker threads. A worker that runs past the time limit is terminated (pdf.js can spin
// on a crafted file, and a timer on the main thread cannot stop synchronous work), and each worker has a heap cap,
// so a hostile file costs one worker, never the server's event loop or memory. Clients take turns at the workers
// (FairQueue), and a file that has been read for its turn while another client's file waits is stopped too, so
// however many slow files one client sends, another client's file is read within seconds.
import os from 'node:os';
import { loadConfig } from '../config';
import { processGlobal } from '../process-global';
import { IngestError } from './errors';
import type { IngestedDocument } from './extract';
import { FairQueue } from './fair-queue';
import type { ExtractReply, ExtractRequest } from './worker-task';
import { workerEntry, type WorkerEntry } from '../workers/entry';
import { WorkerSlot } from '../workers/slot';

/** The client of callers that name none (the CLI, scripts): their files queue behind each other. */
const SHARED_CLIENT = 'shared';
/** How long the worker kept beyond the pool's size (see pump) stays once nothing waits. */
const SPARE_IDLE_MS = 30_000;
/**
 * Most files waiting for a reader at once. Uploads are rate-limited per client, so only very many clients at once
 * reach it; past it a file is refused at once (503, try again) rather than held in memory for minutes.
 */
export const MAX_WAITING_FILES = 500;

export interface PoolOptions {
  /** Most workers at once. */
  size: number;
  memoryMb: number;
  /** Longest a file may be read, unless a call says otherwise. */
  timeoutMs: number;
  /** How long a file may be read while a file of another client waits for a worker. */
  turnMs: number;
  /** The worker's entry module; it answers `{ type: 'ready' }` once, then an ExtractReply per ExtractRequest. */
  entry: WorkerEntry;
  /** Most files waiting at once (default MAX_WAITING_FILES). */
  maxWaiting?: number;
}

export interface RunOptions {
  /** Who sent the file; files of one client wait behind each other, not behind other clients' files. */
  client?: string;
  timeoutMs?: number;
}

interface Job {
  request: ExtractRequest;
  client: string;
  timeoutMs: number;
  resolve: (doc: IngestedDocument) => void;
  reject: (error: Error) => void;
  /** When it started, in starts counted: the lower, the longer it has run. */
  started: number;
  /** It has had its turn: it is stopped as soon as another client's file waits. */
  overdue: boolean;
  /** Its deadline and its turn, cleared once it is settled. */
  timers: ReturnType<typeof setTimeout>[];
}

/** A reader; a dead one (terminated or crashed) takes no more work and leaves the pool on exit. */
type Slot = WorkerSlot<Job, ExtractReply>;

export class IngestWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue = new FairQueue<Job>();
  private starts = 0;
  private retireTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly options: PoolOptions) {}

  run(request: ExtractRequest, opts: RunOptions = {}): Promise<IngestedDocument> {
    return new Promise((resolve, reject) => {
      if (this.queue.size >= (this.options.maxWaiting ?? MAX_WAITING_FILES))
        return reject(
          new IngestError(
            'busy',
            'Rolefit is reading many files right now. Upload this one again in a minute.',
          ),
        );
      const client = opts.client ?? SHARED_CLIENT;
      const timeoutMs = opts.timeoutMs ?? this.options.timeoutMs;
      this.queue.push(client, {
        request,
        client,
        timeoutMs,
        resolve,
        reject,
        started: 0,
        overdue: false,
        timers: [],
      });
      this.pump();
    });
  }

  /** Stops every worker and fails what waits (for tests and shutdown). */
  async close(): Promise<void> {
    clearTimeout(this.retireTimer);
    for (const job of this.queue.drain()) job.reject(new Error('The document reader was closed.'));
    await Promise.all(
      this.slots.map((slot) => this.stop(slot, new Error('The document reader was closed.'))),
    );
  }

  /**
   * Starts waiting files on free workers, at most `size` at once. While files wait, one worker more than `size` may
   * be started and kept ready, so a file whose turn stops another takes its seat at once instead of waiting for a
   * new worker to start (a second or two); it is let go when nothing has waited for a while.
   */
  private pump(): void {
    const { size } = this.options;
    while (this.queue.size > 0) {
      const live = this.slots.filter((slot) => !slot.dead);
      const reading = live.filter((slot) => slot.task).length;
      const idle = live.find((slot) => slot.idle);
      if (idle && reading < size) {
        this.start(idle, this.queue.shift((client) => this.readingFor(client))!.item);
        continue;
      }
      const starting = live.filter((slot) => !slot.ready).length;
      if (starting < this.queue.size && live.length < size + 1) {
        this.spawn();
        continue;
      }
      if (reading >= size && this.stopOverdue(reading)) continue;
      return;
    }
    if (this.slots.filter((slot) => !slot.dead).length > size) this.retireSpareLater();
  }

  /** Lets the worker beyond `size` go once nothing waits for a while, so each burst of files does not start one. */
  private retireSpareLater(): void {
    if (this.retireTimer) return;
    this.retireTimer = setTimeout(() => {
      this.retireTimer = undefined;
      const live = this.slots.filter((slot) => !slot.dead);
      const spare = live.find((slot) => slot.idle);
      if (this.queue.size === 0 && spare && live.length > this.options.size) void spare.terminate();
    }, SPARE_IDLE_MS);
    this.retireTimer.unref();
  }

  private readingFor(client: string): number {
    return this.slots.filter((slot) => slot.task?.client === client).length;
  }

  /**
   * Every seat is taken and files wait: stops the files that had their turn, longest-running first, while more
   * files of other clients wait than seats are free. True when it stopped one.
   */
  private stopOverdue(reading: number): boolean {
    let free = this.options.size - reading;
    const overdue = this.slots
      .filter((slot) => slot.task?.overdue && !slot.dead)
      .sort((a, b) => a.task!.started - b.task!.started);
    for (const slot of overdue) {
      if (this.queue.waitingBesides(slot.task!.client) <= free) continue;
      free++;
      void this.stop(slot, turnError());
    }
    return free > this.options.size - reading;
  }

  private spawn(): void {
    // execArgv: [] keeps a parent's loader (tsx in the scripts) out of the worker, which runs a built bundle.
    const options = { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb } };
    const slot: Slot = new WorkerSlot(this.options.entry, options, {
      ready: () => this.pump(),
      reply: (reply) => {
        const job = this.release(slot);
        if (!job) return;
        if (reply.type === 'done') job.resolve(reply.doc);
        else if (reply.type === 'refused') job.reject(new IngestError(reply.code, reply.message));
        else
          job.reject(
            Object.assign(new Error(`Reading a document failed: ${reply.message}`), { stack: reply.stack }),
          );
        this.pump();
      },
      error: (error) => {
        const job = this.release(slot);
        if (job) {
          job.reject(crashError(error));
        } else if (!slot.ready) {
          // The reader itself cannot start (a missing dependency, say): fail the waiting uploads rather than retry forever.
          console.error('The document reader could not start:', error);
          for (const waiting of this.queue.drain())
            waiting.reject(new Error(`The document reader could not start: ${error.message}`));
        }
      },
      exit: () => {
        this.release(slot)?.reject(crashError(null));
        this.slots.splice(this.slots.indexOf(slot), 1);
        this.pump();
      },
    });
    // A starting worker holds the process open, since files wait for it (a CLI run would end with them unread);
    // release() lets it go once it has nothing to read.
    this.slots.push(slot);
  }

  private start(slot: Slot, job: Job): void {
    job.started = this.starts++;
    slot.worker.ref();
    // A copy is transferred, so the caller keeps its bytes (they are stored as the original file).
    // new Uint8Array(...) copies; Buffer#slice would only make a view, and transferring it would empty the caller's Buffer.
    const bytes = new Uint8Array(job.request.bytes);
    slot.run(job, { ...job.request, bytes }, [bytes.buffer]);
    job.timers.push(
      setTimeout(() => {
        void this.stop(slot, timeoutError());
        this.pump();
      }, job.timeoutMs),
    );
    if (this.options.turnMs < job.timeoutMs) {
      job.timers.push(
        setTimeout(() => {
          job.overdue = true;
          this.pump();
        }, this.options.turnMs),
      );
    }
  }

  /** Fails the slot's job (if any) with `error` and terminates its worker; the pool starts another when needed. */
  private stop(slot: Slot, error: Error): Promise<number> {
    this.release(slot)?.reject(error);
    return slot.terminate();
  }

  /** Detaches the slot's job (if any) so it is settled exactly once, and lets an idle worker not hold the process open. */
  private release(slot: Slot): Job | null {
    const job = slot.release();
    for (const timer of job?.timers.splice(0) ?? []) clearTimeout(timer);
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

function turnError(): IngestError {
  return new IngestError(
    'timeout',
    'The file took too long to read while other files were waiting. Upload it again in a minute; if it fails again, re-export it as a simpler PDF, or upload a DOCX or TXT instead.',
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

const shared = processGlobal<IngestWorkerPool>('ingestPool');

function pool(): IngestWorkerPool {
  return shared.getOrCreate(() => {
    const { workers, memoryMb, timeoutMs, turnMs } = loadConfig().ingest;
    return new IngestWorkerPool({
      size: workers ?? Math.max(1, Math.min(2, os.availableParallelism())),
      memoryMb,
      timeoutMs,
      turnMs,
      entry: () => workerEntry('ingest-worker', 'The document reader'),
    });
  });
}

/**
 * Extracts a document in a worker thread; rejects with IngestError('timeout') after `timeoutMs` of parsing
 * (default INGEST_TIMEOUT_MS, 15 s), or after INGEST_TURN_MS (3 s) while another client's file waits for a worker.
 * Time spent waiting for a free worker does not count.
 */
export function extractInWorker(
  bytes: Uint8Array,
  filename: string | undefined,
  opts: RunOptions = {},
): Promise<IngestedDocument> {
  return pool().run({ bytes, ...(filename === undefined ? {} : { filename }) }, opts);
}
