import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '../lib/match/types';
import { insertRecruiter } from './accounts';
import { getJob, insertJob, listJobs, type NewJob } from './jobs';
import { countMatchesForResume, matchesForJob, matchesForResume } from './matches';
import { completeResume } from './processing';
import { deleteResume, insertResume } from './resumes';
import { getDb } from './client';
import { EMBEDDING_DIMS } from '../lib/embeddings/config';
import { chunks, matches, resumes } from './schema';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// Who sees which job, and what deleting a resume removes, checked on a real embedded database.
let database: TestDatabase;
const vec = (x: number) => Array.from({ length: EMBEDDING_DIMS }, (_, i) => (i === 0 ? x : 0));
const result = (score: number) =>
  ({
    exact: score,
    score: Math.round(score * 100),
    skills: { matched: [], implied: [] },
  }) as unknown as MatchResult;

function job(id: string, ownerId: string | null): NewJob {
  return {
    id,
    ownerId,
    title: `Job ${id}`,
    company: '',
    location: '',
    description: 'A posting.',
    contentHash: id,
    skills: [],
    requirements: [
      { text: 'Python', level: 'required', skills: ['Python'] } as NewJob['requirements'][number],
    ],
    minYears: null,
    warnings: [],
    titleVector: vec(1),
    requirementVectors: [vec(1)],
  };
}

beforeAll(async () => {
  database = await openTestDatabase('access');
  for (const id of ['ann', 'bob'])
    await insertRecruiter({ id, email: `${id}@example.com`, passwordHash: 'x' });
  await insertJob(job('shared', null));
  await insertJob(job('anns', 'ann'));
  await insertJob(job('bobs', 'bob'));
  for (const id of ['r1', 'r2']) {
    await insertResume({
      id,
      filename: `${id}.txt`,
      kind: 'text',
      sizeBytes: 3,
      contentHash: id,
      original: new Uint8Array([1, 2, 3]),
      text: 'cv',
      candidateName: null,
      accessTokenHash: `hash-${id}`,
    });
    await completeResume(
      id,
      { skills: [], years: null, warnings: [], chunks: [{ text: 'Python', vector: vec(1) }] },
      ['shared', 'anns', 'bobs'].map((jobId) => ({ jobId, result: result(0.5) })),
    );
  }
});
afterAll(async () => {
  await database.close();
});

describe('job scopes', () => {
  it('a recruiter lists their own jobs and the shared board, never another recruiter’s', async () => {
    expect((await listJobs({ recruiterId: 'ann' })).map((j) => j.id).sort()).toEqual(['anns', 'shared']);
    expect((await listJobs({ recruiterId: 'bob' })).map((j) => j.id).sort()).toEqual(['bobs', 'shared']);
    expect((await listJobs('candidate')).map((j) => j.id).sort()).toEqual(['anns', 'bobs', 'shared']);
  });

  it('another recruiter’s job reads as missing, and so do its candidates', async () => {
    expect(await getJob('bobs', { recruiterId: 'ann' })).toBeNull();
    expect((await getJob('bobs', { recruiterId: 'bob' }))?.id).toBe('bobs');
    expect(await matchesForJob('bobs', { scope: { recruiterId: 'ann' } })).toEqual([]);
    expect(await matchesForJob('bobs', { scope: { recruiterId: 'bob' } })).toHaveLength(2);
  });

  it('a resume’s matches show a recruiter only their jobs, and a candidate every open job', async () => {
    expect((await matchesForResume('r1', { recruiterId: 'ann' })).map((m) => m.jobId).sort()).toEqual([
      'anns',
      'shared',
    ]);
    expect((await matchesForResume('r1', 'candidate')).map((m) => m.jobId).sort()).toEqual([
      'anns',
      'bobs',
      'shared',
    ]);
    expect(await countMatchesForResume('r1', { recruiterId: 'ann' })).toBe(2);
    expect(await countMatchesForResume('r1', 'candidate')).toBe(3);
  });

  it('a resume’s matches come a page at a time, best first', async () => {
    const all = (await matchesForResume('r1', 'candidate')).map((m) => m.jobId);
    const pages = [
      ...(await matchesForResume('r1', 'candidate', { limit: 2 })),
      ...(await matchesForResume('r1', 'candidate', { limit: 2, offset: 2 })),
    ].map((m) => m.jobId);
    expect(pages).toEqual(all);
    expect(await matchesForResume('r1', 'candidate', { limit: 2, offset: 3 })).toEqual([]);
  });
});

describe('deleteResume', () => {
  it('removes the resume with its stored file, passages, vectors and matches, and nothing of others', async () => {
    const db = await getDb();
    const tally = async (id: string) => ({
      resumes: (await db.select({ n: count() }).from(resumes).where(eq(resumes.id, id)))[0]?.n,
      chunks: (await db.select({ n: count() }).from(chunks).where(eq(chunks.resumeId, id)))[0]?.n,
      matches: (await db.select({ n: count() }).from(matches).where(eq(matches.resumeId, id)))[0]?.n,
    });
    expect(await tally('r1')).toEqual({ resumes: 1, chunks: 1, matches: 3 });

    expect(await deleteResume('r1')).toBe(true);
    expect(await tally('r1')).toEqual({ resumes: 0, chunks: 0, matches: 0 });
    expect(await tally('r2')).toEqual({ resumes: 1, chunks: 1, matches: 3 });
    expect((await matchesForJob('shared', { scope: 'candidate' })).map((m) => m.resumeId)).toEqual(['r2']);
    expect((await listJobs({ recruiterId: 'ann' })).find((j) => j.id === 'shared')?.candidates).toBe(1);
    expect(await deleteResume('r1')).toBe(false);
  });
});
