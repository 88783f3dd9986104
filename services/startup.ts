import 'server-only';
import { getDbHandle, SEED_LOCK } from '../db/client';
import { countJobs, replaceJobContent } from '../db/jobs';
import { DEMO_JOBS } from './demo-jobs';
import { loadConfig } from '../lib/config';
import { processGlobal } from '../lib/process-global';
import { warmUpEmbedder } from '../lib/embeddings/model';
import { jobsAnalysedBefore, requeueResumesAnalysedBefore } from '../db/analysis';
import { JOB_ANALYSIS_VERSION, RESUME_ANALYSIS_VERSION } from '../lib/match/prepare';
import { createJob, jobContent } from './jobs';
import { resumePendingPurge } from './purge';
import { kickProcessing } from './resumes';

const ready = processGlobal<Promise<void>>('ready');

async function start(): Promise<void> {
  const handle = await getDbHandle();
  if (loadConfig().seedDemoJobs) {
    // Instances starting together on one empty Postgres database seed it once, not once each.
    await handle.withLock(SEED_LOCK, async () => {
      if ((await countJobs()) === 0) for (const job of DEMO_JOBS) await createJob(job, null, { waitMs: 0 });
    });
  }
  await reanalyseStale();
  await resumePendingPurge();
  kickProcessing();
  // Load the model now, in its worker thread, so the first upload after a start does not wait for it.
  warmUpEmbedder().catch((err: unknown) => console.error('The embedding model could not load:', err));
}

/**
 * After an upgrade that reads postings or resumes differently, stored rows are read again, so every page tells the
 * same truth: each older job is prepared and embedded again (and rescored in the background), each older resume goes
 * back through the processing queue. Instances starting together do it once.
 */
async function reanalyseStale(): Promise<void> {
  const handle = await getDbHandle();
  await handle.withLock(SEED_LOCK, async () => {
    for (const job of await jobsAnalysedBefore(JOB_ANALYSIS_VERSION)) {
      await replaceJobContent(job.id, await jobContent(job));
    }
    await requeueResumesAnalysedBefore(RESUME_ANALYSIS_VERSION);
  });
}

/** For the health check: which database is open and how many jobs it holds (after start-up, which it waits for). */
export async function health(): Promise<{ database: 'pglite' | 'postgres'; jobs: number }> {
  await ensureReady();
  const { kind } = await getDbHandle();
  return { database: kind, jobs: await countJobs() };
}

/**
 * Opens and migrates the database, seeds the demo jobs on a first start and resumes unfinished processing.
 * Runs at the first request, never at build time.
 */
export function ensureReady(): Promise<void> {
  return ready.getOrCreate(() =>
    start().catch((err: unknown) => {
      ready.clear();
      throw err;
    }),
  );
}
