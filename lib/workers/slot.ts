import { Worker, type TransferListItem, type WorkerOptions } from 'node:worker_threads';
import { resolveEntry, type WorkerEntry } from './entry';

/** What a pool hears from one of its workers. */
export interface SlotEvents<Reply> {
  /** The worker said `{ type: 'ready' }`: it has loaded and takes work. */
  ready(): void;
  /** Any other message: the answer to the task in hand (or why the worker could not load). */
  reply(reply: Reply): void;
  /** The worker threw or ran out of memory; it is dead, and its exit follows. */
  error(error: Error & { code?: string }): void;
  /** The worker is gone (stopped, crashed, or done). */
  exit(code: number): void;
}

/**
 * One worker thread of a pool, holding at most one task. The document readers (lib/ingest) and the model
 * (lib/embeddings) run in pools of these: the start-up handshake (a worker says `{ type: 'ready' }` once loaded), the
 * task in hand, settled exactly once however the worker ends, and the worker's end are written here once; what to
 * run next, deadlines and turns stay with each pool.
 */
export class WorkerSlot<Task, Reply = unknown> {
  readonly worker: Worker;
  /** The worker has said it is ready. */
  ready = false;
  /** Stopped, crashed or exited: takes no more work. */
  dead = false;
  private current: Task | null = null;

  constructor(entry: WorkerEntry, options: WorkerOptions, events: SlotEvents<Reply>) {
    this.worker = new Worker(resolveEntry(entry), options);
    this.worker.on('message', (message: Reply | { type: 'ready' }) => {
      if ((message as { type?: unknown }).type === 'ready') {
        this.ready = true;
        events.ready();
      } else {
        events.reply(message as Reply);
      }
    });
    this.worker.on('error', (error: Error & { code?: string }) => {
      this.dead = true;
      events.error(error);
    });
    this.worker.on('exit', (code) => {
      this.dead = true;
      events.exit(code);
    });
  }

  /** The task in hand, or null. */
  get task(): Task | null {
    return this.current;
  }

  /** Ready, alive and without a task. */
  get idle(): boolean {
    return this.ready && !this.dead && this.current === null;
  }

  /** Hands the worker `task`, posting `message` (with `transfer`) to it. */
  run(task: Task, message: unknown, transfer?: readonly TransferListItem[]): void {
    this.current = task;
    this.worker.postMessage(message, transfer);
  }

  /** Takes the task out of the slot, so that whoever settles it does so once; null when there was none. */
  release(): Task | null {
    const task = this.current;
    this.current = null;
    return task;
  }

  /** Ends the worker; its task, if any, is for the caller to release and settle. */
  terminate(): Promise<number> {
    this.dead = true;
    return this.worker.terminate();
  }
}
