import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import {
  claimNextJobScoring,
  jobScoringProgress,
  requestJobScoring,
  saveHeldJobMatches,
  saveJobScoringPage,
} from '../db/job-scoring';
import { insertJob, loadJobProfiles, replaceJobContent, setJobStatus } from '../db/jobs';
import { getMatch } from '../db/matches';
import { completeResume } from '../db/processing';
import { insertResume, loadResumeProfiles } from '../db/resumes';
import { jobs, matches } from '../db/schema';
import { insertSyntheticChunks, insertSyntheticResumes, randomUnitVector } from '../test-support/synthetic';
import { prepareJob, scoreMatch } from '../lib/match';
import { drainQueue } from './resumes';
import { scoreNextJobPage } from './job-scoring';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// Scoring a job runs in the queue a page of resumes at a time; these tests drive the queue by hand on a database of
// ready resumes with random vectors (no model needed: a job's scores come from stored vectors alone).
const RESUMES = 450; // more than two pages of 200
let database: TestDatabase;

const POSTING = prepareJob(
  'Data Engineer',
  'Requirements\n- Python and SQL\n- Airflow pipelines\nNice to have\n- Kubernetes',
);

async function postJob(id: string, title = 'Data Engineer'): Promise<void> {
  await insertJob({
    id,
    ownerId: null,
    title,
    company: '',
    location: '',
    description: 'posting',
    contentHash: id,
    skills: POSTING.skills,
    requirements: POSTING.requirements,
    minYears: null,
    warnings: [],
    titleVector: randomUnitVector(),
    requirementVectors: POSTING.requirements.map(() => randomUnitVector()),
  });
}

async function scoredFor(jobId: string): Promise<number> {
  const [row] = await (await getDb()).select({ n: count() }).from(matches).where(eq(matches.jobId, jobId));
  return row?.n ?? 0;
}

beforeAll(async () => {
  database = await openTestDatabase('job-scoring');
  await getDb();
  await insertSyntheticResumes({
    prefix: 'r',
    from: 0,
    to: RESUMES,
    skillSets: [[{ name: 'Python', category: 'language', evidence: 'Python', level: 'required' }] as never],
    text: 'Python and SQL',
  });
  await insertSyntheticChunks({ prefix: 'r', from: 0, to: RESUMES }, 2, ['Python pipelines', 'SQL reports']);
});
afterAll(async () => {
  await database.close();
});

describe('the job-scoring queue', () => {
  it('scores a posted job a page at a time, showing progress, until every ready resume is ranked', async () => {
    await postJob('job-a');
    expect(await jobScoringProgress('job-a')).toEqual({ done: 0, of: RESUMES });
    expect(await scoreNextJobPage('w1')).toBe(true);
    expect(await jobScoringProgress('job-a')).toEqual({ done: 200, of: RESUMES });
    await drainQueue('w1');
    expect(await jobScoringProgress('job-a')).toBeNull();
    expect(await scoredFor('job-a')).toBe(RESUMES);
    expect(await scoreNextJobPage('w1')).toBe(false);
  });

  it('scores from similarities computed in the database exactly as from the full vectors', async () => {
    const [job] = await loadJobProfiles(['job-a']);
    for (const { id, profile } of await loadResumeProfiles({ limit: 5 })) {
      const stored = await getMatch('job-a', id);
      const direct = scoreMatch(job!.profile, profile);
      expect(stored?.exact).toBeCloseTo(direct.exact, 4);
      expect(stored?.requirements.map((r) => r.evidence)).toEqual(direct.requirements.map((r) => r.evidence));
    }
  });

  it('an edit during a pass takes the claim away: the old page is not written, and a new pass starts over', async () => {
    await postJob('job-b');
    const claim = await claimNextJobScoring('w1', { leaseMs: 60_000, maxAttempts: 3 });
    expect(claim?.jobId).toBe('job-b');
    const edited = prepareJob('Data Engineer II', 'Requirements\n- Spark\n- Scala');
    await replaceJobContent('job-b', {
      title: 'Data Engineer II',
      company: '',
      location: '',
      description: 'edited',
      contentHash: 'job-b-2',
      skills: edited.skills,
      requirements: edited.requirements,
      minYears: null,
      warnings: [],
      titleVector: randomUnitVector(),
      requirementVectors: edited.requirements.map(() => randomUnitVector()),
    });
    expect(await saveJobScoringPage(claim!, 'w1', { scored: [], cursor: 'r99', done: false })).toBe(false);
    expect(await jobScoringProgress('job-b')).toEqual({ done: 0, of: RESUMES });
    await drainQueue('w2');
    expect(await scoredFor('job-b')).toBe(RESUMES);
    expect(await jobScoringProgress('job-b')).toBeNull();
  });

  it('a closed job waits; reopening it scores it against every ready resume again', async () => {
    await postJob('job-c');
    await setJobStatus('job-c', 'closed');
    await drainQueue('w1');
    expect(await scoredFor('job-c')).toBe(0);
    await setJobStatus('job-c', 'open');
    await requestJobScoring('job-c');
    await drainQueue('w1');
    expect(await scoredFor('job-c')).toBe(RESUMES);
    const [row] = await (
      await getDb()
    )
      .select({ since: jobs.scoringSince })
      .from(jobs)
      .where(eq(jobs.id, 'job-c'));
    expect(row?.since).toBeNull();
  });
});

describe('faults that must never cost good results', () => {
  it('a pass that fails for good ends without dropping the scores it did not redo', async () => {
    await postJob('job-d');
    await drainQueue('w1');
    expect(await scoredFor('job-d')).toBe(RESUMES);
    await requestJobScoring('job-d');
    // Each attempt fails (a stored requirement has lost its skills) until the last, which gives the pass up.
    const db = await getDb();
    const [before] = await db
      .select({ requirements: jobs.requirements })
      .from(jobs)
      .where(eq(jobs.id, 'job-d'));
    await db
      .update(jobs)
      .set({ requirements: sql`'[{"text": "Python", "level": "required"}]'::jsonb` })
      .where(eq(jobs.id, 'job-d'));
    for (let attempt = 1; attempt <= 3; attempt++) {
      await db.update(jobs).set({ scoringClaimedUntil: null }).where(eq(jobs.id, 'job-d'));
      await expect(scoreNextJobPage('w1')).rejects.toThrow();
    }
    expect(await jobScoringProgress('job-d')).toBeNull();
    expect(await scoredFor('job-d')).toBe(RESUMES);
    await db.update(jobs).set({ requirements: before!.requirements }).where(eq(jobs.id, 'job-d'));
  });

  it('a page of the nearest resumes is not written once the claim is lost', async () => {
    await postJob('job-e');
    const claim = await claimNextJobScoring('w1', { leaseMs: 60_000, maxAttempts: 3 });
    expect(claim?.jobId).toBe('job-e');
    const [job] = await loadJobProfiles(['job-e']);
    const page = (await loadResumeProfiles({ limit: 3 })).map((r) => ({
      resumeId: r.id,
      result: scoreMatch(job!.profile, r.profile),
    }));
    expect(await saveHeldJobMatches(claim!, 'w1', page)).toBe(true);
    expect(await scoredFor('job-e')).toBe(3);
    // Another instance takes the job over (the lease ran out): this one's next page is refused.
    await (await getDb()).update(jobs).set({ scoringClaimedBy: 'w2' }).where(eq(jobs.id, 'job-e'));
    expect(await saveHeldJobMatches(claim!, 'w1', page)).toBe(false);
    await (await getDb()).update(jobs).set({ scoringClaimedBy: null }).where(eq(jobs.id, 'job-e'));
    await drainQueue('w1');
  });
});

describe('a resume read while a job was edited', () => {
  it('keeps no score from the old posting, and the job scores it again', async () => {
    await postJob('job-f');
    await drainQueue('w1');
    const [job] = await loadJobProfiles(['job-f']);
    await insertResume({
      id: 'late',
      filename: 'late.txt',
      kind: 'text',
      sizeBytes: 14,
      contentHash: 'late',
      original: new Uint8Array([1]),
      text: 'Python and SQL',
      candidateName: null,
      accessTokenHash: 'hash-late',
    });
    const [other] = await loadResumeProfiles({ limit: 1 });
    const result = scoreMatch(job!.profile, other!.profile);
    // Read with the posting as it was; the posting changes before the resume is written.
    await (await getDb()).update(jobs).set({ contentHash: 'job-f-2' }).where(eq(jobs.id, 'job-f'));
    const processed = {
      skills: [],
      years: null,
      warnings: [],
      chunks: [{ text: 'Python', vector: randomUnitVector() }],
    };
    expect(
      await completeResume('late', processed, [{ jobId: 'job-f', contentHash: job!.contentHash, result }]),
    ).toBe(true);
    expect(await getMatch('job-f', 'late')).toBeNull();
    expect(await jobScoringProgress('job-f')).not.toBeNull();
    await drainQueue('w1');
    expect(await getMatch('job-f', 'late')).not.toBeNull();
    expect(await jobScoringProgress('job-f')).toBeNull();
  });
});
