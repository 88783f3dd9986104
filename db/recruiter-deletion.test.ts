import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '../lib/match/types';
import { deleteRecruiter, insertRecruiter } from './accounts';
import { getDb } from './client';
import { getJob, insertJob, listJobs } from './jobs';
import { matchesForResume } from './matches';
import { insertNote, notesFor } from './notes';
import { candidateForJob, saveApplication } from './pipeline';
import { pendingPurges } from './purge';
import { completeResume } from './processing';
import { getResume, insertResume } from './resumes';
import { applicationNotes, applications, matches, recruiters } from './schema';
import { plainJob, plainResume } from '../test-support/db-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// A recruiter's own postings are theirs alone (db/job-scope.ts): when the account goes, they must go with it, with
// the candidates' scores and pipeline rows for them, never fall to the shared board every recruiter sees.
let database: TestDatabase;

const result = { exact: 0.5, score: 50, skills: { matched: [], implied: [] } } as unknown as MatchResult;

async function recruiterWithJob(id: string) {
  await insertRecruiter({ id, email: `${id}@example.com`, passwordHash: 'x' });
  await insertJob(plainJob({ id: `${id}-job`, ownerId: id, title: `${id}'s own posting` }));
}

beforeAll(async () => {
  database = await openTestDatabase('recruiter-deletion');
  await insertRecruiter({ id: 'colleague', email: 'colleague@example.com', passwordHash: 'x' });
  await insertJob(plainJob({ id: 'board', ownerId: null, title: 'Shared board posting' }));
  await recruiterWithJob('leaver');
  await insertResume(plainResume({ id: 'cv' }));
  await completeResume('cv', { skills: [], years: null, warnings: [], chunks: [] }, [
    { jobId: 'board', result },
    { jobId: 'leaver-job', result },
  ]);
  await saveApplication('leaver-job', 'cv', { status: 'shortlisted' }, 'leaver');
  await insertNote({ jobId: 'leaver-job', resumeId: 'cv', recruiterId: 'leaver', body: 'Call back Monday' });
});

afterAll(async () => {
  await database.close();
});

describe('a recruiter account removed from the database', () => {
  it('takes its own postings and their scores with it; the shared board and the resumes stay', async () => {
    await recruiterWithJob('dropped');
    await completeResume('cv', { skills: [], years: null, warnings: [], chunks: [] }, [
      { jobId: 'board', result },
      { jobId: 'leaver-job', result },
      { jobId: 'dropped-job', result },
    ]);
    // As an operator's SQL would: the schema itself must not hand the postings to everyone.
    await (await getDb()).delete(recruiters).where(eq(recruiters.id, 'dropped'));

    expect((await listJobs({ recruiterId: 'colleague' })).map((j) => j.id)).toEqual(['board']);
    expect(await getJob('dropped-job', { recruiterId: 'colleague' })).toBeNull();
    expect(await getJob('dropped-job', 'candidate')).toBeNull();
    const scored = await (await getDb()).select().from(matches).where(eq(matches.jobId, 'dropped-job'));
    expect(scored).toEqual([]);
    expect((await matchesForResume('cv', 'candidate')).map((m) => m.jobId).sort()).toEqual([
      'board',
      'leaver-job',
    ]);
    expect(await getResume('cv')).not.toBeNull();
    expect(await notesFor('leaver-job', 'cv')).toHaveLength(1);
  });

  it('deleted through the app, asks for the purge and keeps what colleagues wrote on the shared board', async () => {
    await insertRecruiter({ id: 'stayer', email: 'stayer@example.com', passwordHash: 'x' });
    // The leaver's own words on a shared posting are theirs; the colleague's note on the same candidate stays.
    await saveApplication('board', 'cv', { status: 'interviewing' }, 'leaver');
    await insertNote({ jobId: 'board', resumeId: 'cv', recruiterId: 'leaver', body: 'Leaver on the board' });
    await insertNote({ jobId: 'board', resumeId: 'cv', recruiterId: 'stayer', body: 'Stayer on the board' });
    const before = await pendingPurges();

    expect(await deleteRecruiter('leaver')).toBe(true);
    expect(await deleteRecruiter('leaver')).toBe(false);
    expect(await pendingPurges()).toBe(before + 1);

    expect((await listJobs({ recruiterId: 'colleague' })).map((j) => j.id)).toEqual(['board']);
    expect((await matchesForResume('cv', 'candidate')).map((m) => m.jobId)).toEqual(['board']);
    const db = await getDb();
    expect(await db.select().from(applications).where(eq(applications.recruiterId, 'leaver'))).toEqual([]);
    expect(await db.select().from(applicationNotes).where(eq(applicationNotes.jobId, 'leaver-job'))).toEqual(
      [],
    );
    expect((await notesFor('board', 'cv')).map((n) => n.body)).toEqual(['Stayer on the board']);
    expect((await candidateForJob('board', 'cv', 'stayer'))?.rank).toBe(1);
    expect(await getResume('cv')).not.toBeNull();
  });
});
