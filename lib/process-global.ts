// What a process keeps once, on globalThis: Next bundles a module into each route and into instrumentation, and a
// dev reload loads it again, so a module-level variable would be one per copy. The names are listed here, so no two
// owners take one by mistake; each owner keeps its value's type.
const NAMES = {
  /** The open database (db/client.ts). */
  db: 'rolefit.db',
  /** Where the embedding model runs (lib/embeddings/model.ts). */
  embedder: 'rolefit.embeddings.backend',
  /** The document readers (lib/ingest/worker-pool.ts). */
  ingestPool: 'rolefit.ingest-worker-pool',
  /** In-memory rate limiters by name (lib/http/rate-limit.ts). */
  rateLimiters: 'rolefit.rate-limiters',
  /** Start-up: migrations, demo jobs, queue restart (services/startup.ts). */
  ready: 'rolefit.ready',
  /** The background resume queue (services/resumes.ts). */
  resumeQueue: 'rolefit.resume-queue',
  /** The pending purge of deleted data (services/purge.ts). */
  purge: 'rolefit.purge',
  /** Bulk uploads, one at a time (services/bulk.ts). */
  bulkLock: 'rolefit.bulk-lock',
  /** The development demo recruiter (services/auth.ts). */
  demoRecruiter: 'rolefit.demo-recruiter',
} as const;

export type ProcessGlobalName = keyof typeof NAMES;

export interface ProcessGlobal<T> {
  /** The value, or undefined when none is set. */
  get(): T | undefined;
  /** The value, made with `create` when none is set. */
  getOrCreate(create: () => T): T;
  set(value: T): T;
  /** Forgets the value, so the next getOrCreate makes a new one. */
  clear(): void;
}

/** The process-wide slot `name`: every copy of a module that asks for it gets the same value. */
export function processGlobal<T>(name: ProcessGlobalName): ProcessGlobal<T> {
  const key = Symbol.for(NAMES[name]);
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    get: () => slots[key],
    getOrCreate: (create) => (slots[key] ??= create()),
    set: (value) => (slots[key] = value),
    clear: () => {
      delete slots[key];
    },
  };
}
