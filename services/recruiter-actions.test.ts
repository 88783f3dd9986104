import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '../lib/match/types';
import { insertRecruiter } from '../db/accounts';
import { insertJob } from '../db/jobs';
import { candidateForJob } from '../db/pipeline';
import { completeResume } from '../db/processing';
import { insertResume } from '../db/resumes';
import { plainJob, plainResume } from '../test-support/db-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/database';
import { addCandidateNote, candidateNotes, noteBody } from './notes';
import { jobFilters, saveJobFilter, savedQuery } from './saved-filters';
import { moveSelected, movedMessage, selectionCsv } from './selection';

// The recruiter's actions on a job's candidates, through the services: who may act on what, on a real database.
let database: TestDatabase;

const result = (score: number): MatchResult => ({
  score,
  exact: score,
  band: score >= 70 ? 'strong' : 'partial',
  breakdown: { requirements: 0.5, skills: 0.5, title: 0.5, experience: null },
  skills: { matched: ['SQL'], implied: [], missing: { required: ['Python'], preferred: [] }, related: [] },
  requirements: [],
  reasons: [],
  gaps: [],
});

beforeAll(async () => {
  database = await openTestDatabase('recruiter-actions');
  await insertRecruiter({ id: 'rec', email: 'rec@example.com', passwordHash: 'x' });
  await insertRecruiter({ id: 'stranger', email: 'stranger@example.com', passwordHash: 'x' });
  await insertJob(plainJob({ id: 'job', ownerId: 'rec', title: 'Data Analyst' }));
  for (const [id, score, visibility] of [
    ['a', 80, 'recruiters'],
    ['b', 60, 'recruiters'],
    ['hidden', 90, 'private'],
  ] as const) {
    await insertResume(plainResume({ id, candidateName: `Person ${id}`, visibility }));
    await completeResume(id, { skills: [], years: 3, warnings: [], chunks: [] }, [
      { jobId: 'job', result: result(score) },
    ]);
  }
});

afterAll(async () => {
  await database.close();
});

describe('moveSelected', () => {
  it('moves the selected candidates in the recruiter’s own pipeline, skipping those recruiters may not see', async () => {
    expect(await moveSelected('job', 'rec', ['a', 'b', 'hidden', 'a'], 'interviewing')).toBe(2);
    expect((await candidateForJob('job', 'a', 'rec'))?.status).toBe('interviewing');
    expect((await candidateForJob('job', 'b', 'rec'))?.status).toBe('interviewing');
    expect(movedMessage(2, 'interviewing')).toBe('Moved 2 candidates to Interviewing.');
  });

  it('refuses another recruiter’s job, an empty selection and more than a page', async () => {
    await expect(moveSelected('job', 'stranger', ['a'], 'rejected')).rejects.toMatchObject({ status: 404 });
    expect((await candidateForJob('job', 'a', 'rec'))?.status).toBe('interviewing');
    await expect(moveSelected('job', 'rec', [], 'rejected')).rejects.toMatchObject({ status: 400 });
    const many = Array.from({ length: 101 }, (_, i) => `r${i}`);
    await expect(moveSelected('job', 'rec', many, 'rejected')).rejects.toMatchObject({ status: 400 });
  });
});

describe('notes', () => {
  it('adds notes for a candidate the recruiter may see, and refuses empty ones', async () => {
    await addCandidateNote('job', 'b', 'rec', '  First call went well.  ');
    expect((await candidateNotes('job', 'b', 'rec')).map((n) => n.body)).toEqual(['First call went well.']);
    expect(() => noteBody('   ')).toThrow('Write the note first.');
    await expect(addCandidateNote('job', 'hidden', 'rec', 'Hi')).rejects.toMatchObject({ status: 404 });
    await expect(addCandidateNote('job', 'b', 'stranger', 'Hi')).rejects.toMatchObject({ status: 404 });
  });

  it('reads the timeline with its author and time, marking the reader’s own notes', async () => {
    const [note] = await candidateNotes('job', 'b', 'rec');
    expect(note).toMatchObject({ authorEmail: 'rec@example.com', yours: true });
    expect(note?.createdAt).toBeInstanceOf(Date);
    // Another recruiter the page lets in (a colleague on the shared board) reads it as someone else's.
    expect((await candidateNotes('job', 'b', 'stranger')).map((n) => [n.body, n.yours])).toEqual([
      ['First call went well.', false],
    ]);
  });
});

describe('selectionCsv', () => {
  it('exports the selection with the export’s columns, best rank first, names hidden under blind review', async () => {
    const { csv, filename } = await selectionCsv('job', { id: 'rec', blindReview: false }, [
      'b',
      'a',
      'hidden',
    ]);
    expect(filename).toMatch(/^data-analyst-selected-candidates-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Rank,Candidate,Score,Band,/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      '1,Person a',
      '2,Person b',
    ]);
    expect(lines[2]).toContain('First call went well.');
    const blind = await selectionCsv('job', { id: 'rec', blindReview: true }, ['a']);
    expect(blind.csv).toContain('Candidate #a');
    expect(blind.csv).not.toContain('Person a');
  });
});

describe('saved filters', () => {
  it('keeps only the list’s own parameters, and only on a job the recruiter can see', async () => {
    expect(savedQuery('?q=ada&page=3&skill=SQL&evil=1&sort=years')).toBe('?q=ada&skill=SQL&sort=years');
    expect(savedQuery('')).toBe('');
    await saveJobFilter('job', 'rec', 'SQL', '?skill=SQL&page=2');
    expect(await jobFilters('job', 'rec')).toMatchObject([{ name: 'SQL', query: '?skill=SQL' }]);
    await expect(saveJobFilter('job', 'stranger', 'Mine', '?q=x')).rejects.toMatchObject({ status: 404 });
  });
});
