// The one retry and lease policy of the background queues: resumes being processed (services/resumes.ts) and jobs
// being scored (services/job-scoring.ts).
import 'server-only';
import { loadConfig } from '../lib/config';

/** Tries before a resume or a job-scoring pass is given up. */
export const MAX_ATTEMPTS = 3;
/** Pause before failed work is tried again. */
export const RETRY_DELAY_MS = 5_000;

/** How long a claim holds without a heartbeat (QUEUE_LEASE_MS, default 60 s); holders renew it every third of it. */
export function leaseMs(): number {
  return loadConfig().queueLeaseMs;
}
