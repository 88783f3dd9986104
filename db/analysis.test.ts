import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_ANALYSIS_VERSION, RESUME_ANALYSIS_VERSION } from '../lib/match/prepare';
import { jobsAnalysedBefore, requeueResumesAnalysedBefore } from './analysis';
import { getDb } from './client';
import { insertJob } from './jobs';
import { completeResume } from './processing';
import { insertResume } from './resumes';
import { jobs, resumes } from './schema';
import { plainJob, plainResume } from '../test-support/db-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// Rows read by an older analysis are found and sent back through it, so an upgrade never leaves old gaps on a page.
let database: TestDatabase;

async function storeResume(id: string): Promise<void> {
  await insertResume(
    plainResume({
      id,
      text: 'Career Overview\nAccountant with 5 years of experience.',
      candidateName: 'Career Overview',
    }),
  );
  await completeResume(
    id,
    {
      skills: [],
      years: null,
      warnings: [],
      chunks: [],
      contact: { name: null, email: null, phone: null, location: null, links: [] },
    },
    [],
  );
}

beforeAll(async () => {
  database = await openTestDatabase('analysis');
  await insertJob(plainJob({ id: 'current' }));
  await insertJob(plainJob({ id: 'old' }));
  await storeResume('fresh');
  await storeResume('stale');
  const db = await getDb();
  await db.update(jobs).set({ analysisVersion: 1 }).where(eq(jobs.id, 'old'));
  await db
    .update(resumes)
    .set({ analysisVersion: sql`${RESUME_ANALYSIS_VERSION} - 1` })
    .where(eq(resumes.id, 'stale'));
});

afterAll(async () => {
  await database.close();
});

describe('analysis versions', () => {
  it('stores the current version, and a re-read contact replaces a heading taken for a name', async () => {
    const db = await getDb();
    const [fresh] = await db.select().from(resumes).where(eq(resumes.id, 'fresh'));
    expect(fresh).toMatchObject({
      analysisVersion: RESUME_ANALYSIS_VERSION,
      candidateName: null,
      status: 'ready',
    });
  });

  it('finds the jobs and requeues the resumes an older analysis read', async () => {
    expect((await jobsAnalysedBefore(JOB_ANALYSIS_VERSION)).map((j) => j.id)).toEqual(['old']);
    expect(await requeueResumesAnalysedBefore(RESUME_ANALYSIS_VERSION)).toBe(1);
    const db = await getDb();
    const rows = await db
      .select({ id: resumes.id, status: resumes.status })
      .from(resumes)
      .orderBy(resumes.id);
    expect(rows).toEqual([
      { id: 'fresh', status: 'ready' },
      { id: 'stale', status: 'processing' },
    ]);
    expect(await requeueResumesAnalysedBefore(RESUME_ANALYSIS_VERSION)).toBe(0);
  });
});
