// Runs the model in worker threads, so embedding a resume (hundreds of milliseconds of CPU) never holds the web
// server's event loop: pages keep answering while uploads and bulk imports are embedded.
import { workerEntry, type WorkerEntry } from '../workers/entry';
import { WorkerSlot } from '../workers/slot';
import type { RuntimeOptions } from './runtime';

/**
 * Most embedding requests waiting at once. Work reaches the pool from the processing queues a page at a time, so a
 * queue this long means something is wrong; refusing keeps memory bounded and says so.
 */
export const MAX_QUEUED_EMBEDS = 1_000;

interface Request {
  id: number;
  texts: readonly string[];
  resolve: (flat: Float32Array) => void;
  reject: (error: Error) => void;
}

type Reply =
  | { type: 'load-failed'; message: string }
  | { type: 'done'; id: number; data: Float32Array }
  | { type: 'failed'; id: number; message: string };

type Slot = WorkerSlot<Request, Reply>;

export class EmbedWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Request[] = [];
  private readonly readyWaiters: { resolve: () => void; reject: (error: Error) => void }[] = [];
  private nextId = 1;
  /** Set by close(): nothing starts a worker again. */
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly options: RuntimeOptions,
    private readonly file: WorkerEntry = () => workerEntry('embed-worker', 'The embedding worker'),
    private readonly maxQueued = MAX_QUEUED_EMBEDS,
  ) {}

  embed(texts: readonly string[]): Promise<Float32Array> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error('The embedding workers were closed.'));
      if (this.queue.length >= this.maxQueued)
        return reject(
          new Error(`The embedding workers have ${this.queue.length} requests waiting; try again later.`),
        );
      this.queue.push({ id: this.nextId++, texts, resolve, reject });
      this.pump();
    });
  }

  /** Starts the workers and resolves once every one has loaded the model. */
  warmUp(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The embedding workers were closed.'));
    while (this.slots.length < this.size) this.spawn();
    if (this.slots.every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  /** Stops every worker for good; requests in flight and waiting are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('The embedding workers were closed.');
    for (const request of this.queue.splice(0)) request.reject(error);
    for (const w of this.readyWaiters.splice(0)) w.reject(error);
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.release()?.reject(error);
    await Promise.all(slots.map((s) => s.terminate()));
  }

  /** Thread ids of the workers, so a caller can tell the model runs off its own thread. */
  threadIds(): number[] {
    return this.slots.map((s) => s.worker.threadId);
  }

  private pump(): void {
    for (let request = this.queue[0]; request; request = this.queue[0]) {
      const idle = this.slots.find((s) => s.idle);
      if (!idle) {
        if (this.slots.length < this.size && !this.closed) this.spawn();
        break;
      }
      this.queue.shift();
      idle.run(request, { id: request.id, texts: request.texts });
    }
    // Idle workers must not keep a CLI run or a test process alive; pending work must.
    const pending = this.queue.length > 0 || this.slots.some((s) => s.task);
    for (const slot of this.slots) {
      if (pending) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private spawn(): void {
    const slot: Slot = new WorkerSlot(
      this.file,
      { workerData: this.options },
      {
        ready: () => {
          if (this.slots.every((s) => s.ready)) for (const w of this.readyWaiters.splice(0)) w.resolve();
          this.pump();
        },
        reply: (reply) => {
          if (reply.type === 'load-failed') {
            // The model cannot load (bad MODEL_DIR, say): fail what waits rather than respawn forever.
            this.remove(slot);
            const error = new Error(reply.message);
            for (const request of this.queue.splice(0)) request.reject(error);
            for (const w of this.readyWaiters.splice(0)) w.reject(error);
          } else {
            const request = slot.release();
            if (request?.id === reply.id) {
              if (reply.type === 'done') request.resolve(reply.data);
              else request.reject(new Error(`Embedding failed: ${reply.message}`));
            }
          }
          this.pump();
        },
        error: (error) => {
          this.remove(slot)?.reject(
            new Error(`The embedding worker crashed: ${error.message}`, { cause: error }),
          );
          if (!slot.ready) for (const w of this.readyWaiters.splice(0)) w.reject(error);
          this.pump();
        },
        exit: (code) => {
          this.remove(slot)?.reject(new Error(`The embedding worker stopped (exit code ${code}).`));
          this.pump();
        },
      },
    );
    this.slots.push(slot);
  }

  /** Takes the slot out of the pool and hands back the request it was running, to be settled once. */
  private remove(slot: Slot): Request | null {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    return slot.release();
  }
}
