import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '../lib/match/types';
import { insertJob } from './jobs';
import { matchesForJob } from './matches';
import { completeResume } from './processing';
import { insertResume } from './resumes';
import { plainJob, plainResume } from '../test-support/db-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// A page of a job's candidates is cut on the (job, score) index first; the page must be exactly what sorting every
// candidate gives, ties at the cut included.
let database: TestDatabase;
const SCORES = [90, 80, 80, 80, 70, 60, 80, 50, 80];

beforeAll(async () => {
  database = await openTestDatabase('ranking');
  await insertJob(plainJob({ id: 'job' }));
  for (const [i, score] of SCORES.entries()) {
    const id = `r${i}`;
    await insertResume(plainResume({ id }));
    await completeResume(id, { skills: [], years: null, warnings: [], chunks: [] }, [
      {
        jobId: 'job',
        result: { exact: score, score, skills: { matched: [], implied: [] } } as unknown as MatchResult,
      },
    ]);
  }
});
afterAll(async () => {
  await database.close();
});

describe('matchesForJob', () => {
  it('pages in score order, earlier uploads first among equal scores, ties at the cut kept', async () => {
    const all = (await matchesForJob('job', { scope: 'candidate' })).map((m) => m.resumeId);
    expect(all).toEqual(['r0', 'r1', 'r2', 'r3', 'r6', 'r8', 'r4', 'r5', 'r7']);
    for (const [limit, offset] of [
      [2, 0],
      [3, 1],
      [2, 3],
      [4, 4],
      [5, 7],
      [3, 20],
    ] as const) {
      const page = (await matchesForJob('job', { scope: 'candidate', limit, offset })).map((m) => m.resumeId);
      expect(page).toEqual(all.slice(offset, offset + limit));
    }
  });
});
