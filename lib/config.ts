// The one module that reads the environment (create-t3-app's env module): one zod schema names every setting the
// app, the CLI and the workers' parents take. It is read when a setting is needed, never at import time, so
// `next build` reads nothing and a test may set a variable just before the code under test runs.
import path from 'node:path';
import { z } from 'zod';
import type { ProxyTrust, RateLimitOptions } from './http/rate-limit';

/** A variable that may be left unset or empty, both meaning "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  schema.optional().or(z.literal('').transform(() => undefined));
const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);

const EnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://'),
  ),
  SEED_DEMO_JOBS: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  SESSION_SECRET: optional(
    z
      .string()
      .trim()
      .min(32, 'SESSION_SECRET must be at least 32 characters (for example: openssl rand -base64 32)'),
  ),
  PURGE_DELAY_MS: wholeNumber(0).default(5_000),
  QUEUE_LEASE_MS: wholeNumber(3_000).default(60_000),
  PUBLIC_URL: optional(
    z
      .string()
      .trim()
      .url('PUBLIC_URL must be the address people open Rolefit at, for example https://rolefit.example.com'),
  ),
  MODEL_DIR: optional(z.string().trim()),
  MODEL_ID: optional(z.string().trim()),
  MODEL_DTYPE: optional(
    z
      .string()
      .trim()
      .pipe(z.enum(['q4', 'q8', 'fp32', 'fp16', 'int8', 'uint8', 'q4f16', 'bnb4'])),
  ),
  /**
   * 1 runs the model in a worker thread; 0 on the calling thread (debugging). Never more than one: onnxruntime-node
   * keeps per-process state that two threads running sessions at once corrupt (the process aborts), so a machine
   * gets more embedding capacity from more processes (app instances), not more threads.
   */
  EMBED_WORKERS: wholeNumber(0, 1).default(1),
  /** onnxruntime threads per worker; unset uses every core. */
  EMBED_THREADS: optional(wholeNumber(1, 64)),
  /**
   * Nice value (0-19) of the embedding worker and its onnxruntime threads: the request thread keeps priority, so pages
   * stay fast during a bulk import while embedding uses whatever CPU is idle. 0 turns it off.
   */
  EMBED_NICE: wholeNumber(0, 19).default(10),
  INGEST_WORKERS: optional(wholeNumber(1, 32)),
  INGEST_WORKER_MEMORY_MB: wholeNumber(64).default(512),
  INGEST_TIMEOUT_MS: wholeNumber(1).default(15_000),
  INGEST_TURN_MS: wholeNumber(1).default(3_000),
  /**
   * On Postgres, past this many ready resumes a posting is scored only against the resumes whose passages the HNSW
   * index finds nearest its title and requirements (about this many in all); up to it, and always on the embedded
   * database, against every ready resume.
   */
  EXACT_SCORING_LIMIT: wholeNumber(1).default(20_000),
  TRUST_PROXY: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(|0|1|[1-9]\d?|true|false)$/, 'use 1 (or true) behind one proxy, N behind N proxies, 0 for none')
    .default('')
    .transform((v) => (v === 'true' ? 1 : v === 'false' || v === '' ? 0 : Number(v))),
  TRUST_PROXY_HEADER: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['x-forwarded-for', 'x-real-ip']))
    .default('x-forwarded-for'),
  UPLOAD_RATE_LIMIT: wholeNumber(1).default(30),
  UPLOAD_RATE_WINDOW_SECONDS: wholeNumber(1).default(60),
});

export type ModelDtype = NonNullable<z.output<typeof EnvSchema>['MODEL_DTYPE']>;

export interface AppConfig {
  /** NODE_ENV as Next or Vitest set it: 'development' under `next dev`. */
  nodeEnv: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  seedDemoJobs: boolean;
  /** Seals session cookies; unset means a generated one kept in DATA_DIR (see lib/auth/session-secret). */
  sessionSecret: string | undefined;
  /** How long after a delete the purge that removes its bytes from disk runs (services/purge.ts). */
  purgeDelayMs: number;
  /**
   * How long a queue claim (a resume being processed, a job being scored) holds without a heartbeat: an instance
   * that dies gives its work up to the others after this.
   */
  queueLeaseMs: number;
  /** Where people open the app, for the absolute links of shared-page previews (the social card); unset: none. */
  publicUrl: string | undefined;
  /** The embedding model: MODEL_DIR (unset: the bundled one, see lib/embeddings/config), MODEL_ID, MODEL_DTYPE. */
  model: { dir: string | undefined; id: string | undefined; dtype: ModelDtype };
  /** Where and how the model runs (lib/embeddings/model.ts). */
  embedding: { workers: number; threads: number | undefined; nice: number };
  /** The document readers (lib/ingest/worker-pool.ts); workers unset: one per core, at most two. */
  ingest: { workers: number | undefined; memoryMb: number; timeoutMs: number; turnMs: number };
  exactScoringLimit: number;
  /** TRUST_PROXY (unset, 0, 1 or 'true', N) and TRUST_PROXY_HEADER (x-forwarded-for, or x-real-ip). */
  proxy: ProxyTrust;
  /** Uploads allowed per client and window: UPLOAD_RATE_LIMIT (30) per UPLOAD_RATE_WINDOW_SECONDS (60). */
  uploadRateLimit: RateLimitOptions;
}

/** Reads every setting from the environment, failing with a message that names the bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    seedDemoJobs: e.SEED_DEMO_JOBS,
    sessionSecret: e.SESSION_SECRET,
    purgeDelayMs: e.PURGE_DELAY_MS,
    queueLeaseMs: e.QUEUE_LEASE_MS,
    publicUrl: e.PUBLIC_URL,
    model: {
      dir: e.MODEL_DIR ? path.resolve(e.MODEL_DIR) : undefined,
      id: e.MODEL_ID || undefined,
      dtype: e.MODEL_DTYPE ?? 'q4',
    },
    embedding: { workers: e.EMBED_WORKERS, threads: e.EMBED_THREADS, nice: e.EMBED_NICE },
    ingest: {
      workers: e.INGEST_WORKERS,
      memoryMb: e.INGEST_WORKER_MEMORY_MB,
      timeoutMs: e.INGEST_TIMEOUT_MS,
      turnMs: e.INGEST_TURN_MS,
    },
    exactScoringLimit: e.EXACT_SCORING_LIMIT,
    proxy: { hops: e.TRUST_PROXY, header: e.TRUST_PROXY_HEADER },
    uploadRateLimit: { limit: e.UPLOAD_RATE_LIMIT, windowMs: e.UPLOAD_RATE_WINDOW_SECONDS * 1000 },
  };
}
