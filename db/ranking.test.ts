import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecruiter } from './accounts';
import { insertJob } from './jobs';
import { saveJobMatches } from './matches';
import { eq } from 'drizzle-orm';
import { getDb } from './client';
import { candidateForJob, ensureApplication, saveApplication, statusCounts } from './pipeline';
import { rankedCandidates, skillCoverage } from './ranking';
import { applications } from './schema';
import { plainJob } from '../test-support/db-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/database';
import { JOB, filters, names, result, seedRankedCandidates } from '../test-support/ranked-candidates';

// The ranked-candidates table's SQL (skill filters, search, sorting, paging, pipeline) on a real embedded database.
let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase('ranking');
  await seedRankedCandidates();
});

afterAll(async () => {
  await database.close();
});

describe('rankedCandidates', () => {
  it('ranks by score and counts everyone without filters', async () => {
    const { rows, total } = await rankedCandidates('job', 'rec', filters({}));
    expect(total).toBe(5);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]).toMatchObject({ candidateName: 'Ada Byron', status: 'new', years: 9 });
  });

  it('keeps only candidates with every must-have skill, implied ones included', async () => {
    const { rows, total } = await rankedCandidates(
      'job',
      'rec',
      filters({ skills: ['Kubernetes', 'Python'] }),
    );
    expect(total).toBe(2);
    expect(names(rows)).toEqual(['Ada Byron', 'Grace Hopper']);
    expect((await rankedCandidates('job', 'rec', filters({ skills: ['Kubernetes'] }))).total).toBe(3);
  });

  it('applies a minimum on the rounded score', async () => {
    expect(names((await rankedCandidates('job', 'rec', filters({ minScore: 70 }))).rows)).toEqual([
      'Ada Byron',
      'Grace Hopper',
      'Alan Turing',
    ]);
  });

  it('searches names, file names and resume text by the start of words, all words required', async () => {
    expect(names((await rankedCandidates('job', 'rec', filters({ q: 'berlin' }))).rows)).toEqual([
      'Ada Byron',
      'Edsger Dijkstra',
    ]);
    expect(names((await rankedCandidates('job', 'rec', filters({ q: 'BERL dijk' }))).rows)).toEqual([
      'Edsger Dijkstra',
    ]);
    expect(names((await rankedCandidates('job', 'rec', filters({ q: 'r3.TXT' }))).rows)).toEqual(['r3.txt']);
    expect(names((await rankedCandidates('job', 'rec', filters({ q: 'upt' }))).rows)).toEqual([
      'Grace Hopper',
    ]);
    expect((await rankedCandidates('job', 'rec', filters({ q: 'time' }))).total).toBe(0);
    expect((await rankedCandidates('job', 'rec', filters({ q: 'ada shortest' }))).total).toBe(0);
  });

  it('takes signs that are not word separators literally ("100%"), and % and _ never as patterns', async () => {
    expect(names((await rankedCandidates('job', 'rec', filters({ q: '100%' }))).rows)).toEqual([
      'Grace Hopper',
    ]);
    expect((await rankedCandidates('job', 'rec', filters({ q: '100#' }))).total).toBe(0);
    expect((await rankedCandidates('job', 'rec', filters({ q: '%' }))).total).toBe(1);
    expect((await rankedCandidates('job', 'rec', filters({ q: '_%' }))).total).toBe(0);
  });

  it('ranks equal scores by upload time, with or without filters', async () => {
    await insertJob({ ...JOB, id: 'tie', contentHash: 'tie' });
    // r4, r1 and r3 tie at 60 (uploaded in the order r0..r4), r2 scores 70, r0 scores 10.
    const scores = [10, 60, 70, 60, 60];
    await saveJobMatches(
      'tie',
      scores.map((score, i) => ({ resumeId: `r${i}`, result: result(score, i === 3 ? [] : ['Python']) })),
    );
    const all = (await rankedCandidates('tie', 'rec', filters({}))).rows;
    expect(all.map((r) => [r.resumeId, r.rank])).toEqual([
      ['r2', 1],
      ['r1', 2],
      ['r3', 3],
      ['r4', 4],
      ['r0', 5],
    ]);
    const python = (await rankedCandidates('tie', 'rec', filters({ skills: ['Python'] }))).rows;
    expect(python.map((r) => [r.resumeId, r.rank])).toEqual([
      ['r2', 1],
      ['r1', 2],
      ['r4', 4],
      ['r0', 5],
    ]);
    const byName = (await rankedCandidates('tie', 'rec', filters({ sort: 'name', minScore: 50 }))).rows;
    expect(byName.map((r) => [r.resumeId, r.rank])).toEqual([
      ['r2', 1],
      ['r4', 4],
      ['r1', 2],
      ['r3', 3],
    ]);
  });

  it('sorts by name, years and status, keeping the overall rank', async () => {
    const byName = (await rankedCandidates('job', 'rec', filters({ sort: 'name' }))).rows;
    expect(names(byName)).toEqual(['Ada Byron', 'Alan Turing', 'Edsger Dijkstra', 'Grace Hopper', 'r3.txt']);
    expect(byName.map((r) => r.rank)).toEqual([1, 3, 5, 2, 4]);
    expect(names((await rankedCandidates('job', 'rec', filters({ sort: 'years' }))).rows)).toEqual([
      'Edsger Dijkstra',
      'Grace Hopper',
      'Ada Byron',
      'Alan Turing',
      'r3.txt',
    ]);
  });

  it('pages, and shows the last page when asked for one past the end', async () => {
    const page2 = await rankedCandidates('job', 'rec', filters({ pageSize: 25, page: 1 }));
    expect(page2.rows).toHaveLength(5);
    const past = await rankedCandidates('job', 'rec', { ...filters({}), pageSize: 25, page: 7 });
    expect(past.rows).toHaveLength(5);
    expect(await rankedCandidates('job', 'rec', filters({ q: 'nobody at all' }))).toEqual({
      rows: [],
      total: 0,
    });
  });
});

describe('pipeline', () => {
  it('stores the status, filters and sorts by it and counts it', async () => {
    await saveApplication('job', 'r2', { status: 'shortlisted' }, 'rec');
    await saveApplication('job', 'r4', { status: 'hired' }, 'rec');
    await ensureApplication('job', 'r2', 'rec');
    const shortlisted = await rankedCandidates('job', 'rec', filters({ status: 'shortlisted' }));
    expect(shortlisted.rows.map((r) => [r.candidateName, r.status])).toEqual([
      ['Alan Turing', 'shortlisted'],
    ]);
    expect((await rankedCandidates('job', 'rec', filters({ status: 'new' }))).total).toBe(3);
    expect(
      names((await rankedCandidates('job', 'rec', filters({ sort: 'status' }))).rows).slice(0, 2),
    ).toEqual(['Edsger Dijkstra', 'Alan Turing']);
    expect(await statusCounts('job', 'rec')).toEqual({ new: 3, shortlisted: 1, hired: 1 });
    expect(await candidateForJob('job', 'r2', 'rec')).toMatchObject({
      rank: 3,
      total: 5,
      status: 'shortlisted',
    });
    expect(await candidateForJob('job', 'missing', 'rec')).toBeNull();
  });

  it('never reads the notes column left from before the timeline', async () => {
    // A database from before migration 0016 still holds the old one-box notes there (copied into the timeline then).
    const db = await getDb();
    await db.update(applications).set({ notes: 'Stale one-box note' }).where(eq(applications.resumeId, 'r2'));
    const [row] = (await rankedCandidates('job', 'rec', filters({ status: 'shortlisted' }))).rows;
    expect(row).toMatchObject({ resumeId: 'r2', status: 'shortlisted' });
    expect(JSON.stringify(row)).not.toContain('Stale one-box note');
    expect(JSON.stringify(await candidateForJob('job', 'r2', 'rec'))).not.toContain('Stale one-box note');
  });
});

describe('pipeline on the shared board', () => {
  it('is each recruiter’s own: another sees none of it, and setting theirs leaves the first intact', async () => {
    await insertRecruiter({ id: 'rec-a', email: 'a@example.com', passwordHash: 'x' });
    await insertRecruiter({ id: 'rec-b', email: 'b@example.com', passwordHash: 'x' });
    await insertJob(plainJob({ id: 'demo', ownerId: null, title: 'Demo' }));
    await saveJobMatches('demo', [
      { resumeId: 'r0', result: result(90, ['Python']) },
      { resumeId: 'r1', result: result(60, ['Python']) },
    ]);
    await saveApplication('demo', 'r1', { status: 'shortlisted' }, 'rec-a');
    await ensureApplication('demo', 'r0', 'rec-a');

    const seenByB = await rankedCandidates('demo', 'rec-b', filters({}));
    expect(seenByB.rows.map((r) => [r.resumeId, r.status])).toEqual([
      ['r0', 'new'],
      ['r1', 'new'],
    ]);
    expect((await rankedCandidates('demo', 'rec-b', filters({ status: 'shortlisted' }))).total).toBe(0);
    expect(await statusCounts('demo', 'rec-b')).toEqual({ new: 2 });
    expect(await candidateForJob('demo', 'r1', 'rec-b')).toMatchObject({ status: 'new' });

    await saveApplication('demo', 'r1', { status: 'rejected' }, 'rec-b');
    await ensureApplication('demo', 'r1', 'rec-b');
    expect(await candidateForJob('demo', 'r1', 'rec-a')).toMatchObject({ status: 'shortlisted' });
    expect(await candidateForJob('demo', 'r1', 'rec-b')).toMatchObject({ status: 'rejected' });
    const shortlistOfA = await rankedCandidates('demo', 'rec-a', filters({ status: 'shortlisted' }));
    expect(shortlistOfA.rows.map((r) => r.resumeId)).toEqual(['r1']);
    expect(await statusCounts('demo', 'rec-a')).toEqual({ new: 1, shortlisted: 1 });
    expect(await statusCounts('demo', 'rec-b')).toEqual({ new: 1, rejected: 1 });
  });
});

describe('skillCoverage', () => {
  it('counts candidates having each skill, implied ones included', async () => {
    expect(await skillCoverage('job', ['Kubernetes', 'Python', 'Go'])).toEqual({
      total: 5,
      counts: { Kubernetes: 3, Python: 3, Go: 0 },
    });
  });
});
