import { getDb } from '../db/client';
import { countJobs } from '../db/queries';
import { DEMO_JOBS } from '../db/demo-jobs';
import { loadConfig } from '../lib/config';
import { createJob } from './jobs';
import { kickProcessing } from './resumes';

const READY_KEY = Symbol.for('rolefit.ready');
type GlobalWithReady = typeof globalThis & { [READY_KEY]?: Promise<void> };

async function start(): Promise<void> {
  await getDb();
  if (loadConfig().seedDemoJobs && (await countJobs()) === 0) {
    for (const job of DEMO_JOBS) await createJob(job);
  }
  kickProcessing();
}

/**
 * Opens and migrates the database, seeds the demo jobs on a first start and resumes unfinished processing.
 * Runs at the first request, never at build time.
 */
export function ensureReady(): Promise<void> {
  const g = globalThis as GlobalWithReady;
  g[READY_KEY] ??= start().catch((err: unknown) => {
    delete g[READY_KEY];
    throw err;
  });
  return g[READY_KEY];
}
