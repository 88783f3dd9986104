import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SEED_DEMO_JOBS: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  SESSION_SECRET: z
    .string()
    .trim()
    .min(32, 'SESSION_SECRET must be at least 32 characters (for example: openssl rand -base64 32)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PURGE_DELAY_MS: z.coerce.number().int().min(0).default(5_000),
  QUEUE_LEASE_MS: z.coerce.number().int().min(3_000).default(60_000),
  PUBLIC_URL: z
    .string()
    .trim()
    .url('PUBLIC_URL must be the address people open Rolefit at, for example https://rolefit.example.com')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export interface AppConfig {
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
}

/** Reads settings from the environment once, failing with a message that names the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return {
    dataDir: path.resolve(parsed.data.DATA_DIR),
    databaseUrl: parsed.data.DATABASE_URL,
    seedDemoJobs: parsed.data.SEED_DEMO_JOBS,
    sessionSecret: parsed.data.SESSION_SECRET,
    purgeDelayMs: parsed.data.PURGE_DELAY_MS,
    queueLeaseMs: parsed.data.QUEUE_LEASE_MS,
    publicUrl: parsed.data.PUBLIC_URL,
  };
}
