import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '../lib/match/types';
import { insertRecruiter } from './accounts';
import { insertJob } from './jobs';
import { completeResume } from './processing';
import { insertResume } from './resumes';
import { contactsOf, resumesWithSameEmail } from './candidate-contacts';
import { insertNote, noteBodiesOf, notesFor } from './notes';
import { setResumeVisibility } from './resume-visibility';
import { deleteSavedFilter, saveFilter, savedFiltersFor } from './saved-filters';
import { plainJob, plainResume } from '../test-support/db-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// The recruiter's people data on a real embedded database: contacts and same-email resumes, the notes timeline and
// saved filters, each kept to the recruiter who wrote it and to resumes recruiters may see.
let database: TestDatabase;

const result: MatchResult = {
  score: 60,
  exact: 60,
  band: 'partial',
  breakdown: { requirements: 0.5, skills: 0.5, title: 0.5, experience: null },
  skills: { matched: [], implied: [], missing: { required: [], preferred: [] }, related: [] },
  requirements: [],
  reasons: [],
  gaps: [],
};

const contact = (email: string | null) => ({
  name: 'Ada Byron',
  email,
  phone: '+44 20 7946 0123',
  location: 'London',
  links: ['linkedin.com/in/ada'],
});

beforeAll(async () => {
  database = await openTestDatabase('recruiter-people');
  await insertRecruiter({ id: 'rec', email: 'rec@example.com', passwordHash: 'x' });
  await insertRecruiter({ id: 'other', email: 'other@example.com', passwordHash: 'x' });
  await insertJob(plainJob({ id: 'job', ownerId: 'rec' }));
  await insertJob(plainJob({ id: 'job2', ownerId: 'rec' }));
  // a1, a2 and a3 share an email; a2 is ranked for job2 only; a3 is private; b has no email.
  const people: [string, string | null, string[], 'recruiters' | 'private'][] = [
    ['a1', 'ada@example.com', ['job'], 'recruiters'],
    ['a2', 'ada@example.com', ['job2'], 'recruiters'],
    ['a3', 'ada@example.com', ['job'], 'private'],
    ['b', null, ['job'], 'recruiters'],
  ];
  for (const [id, email, jobs, visibility] of people) {
    await insertResume(
      plainResume({
        id,
        candidateName: 'Ada Byron',
        candidateEmail: email,
        contact: contact(email),
        visibility,
      }),
    );
    await completeResume(
      id,
      { skills: [], years: 3, warnings: [], chunks: [] },
      jobs.map((jobId) => ({ jobId, result })),
    );
  }
});

afterAll(async () => {
  await database.close();
});

describe('contactsOf', () => {
  it('gives each visible resume its contact and how many other visible resumes share its email', async () => {
    const people = await contactsOf(['a1', 'a2', 'a3', 'b', 'missing']);
    expect(people.get('a1')).toEqual({ contact: contact('ada@example.com'), sameEmail: 1 });
    expect(people.get('a2')?.sameEmail).toBe(1);
    expect(people.get('b')).toEqual({ contact: contact(null), sameEmail: 0 });
    // A private resume is never read for a recruiter, and counts for no one.
    expect(people.has('a3')).toBe(false);
    expect(people.has('missing')).toBe(false);
    expect(await contactsOf([])).toEqual(new Map());
  });

  it('counts a resume again once its candidate makes it visible', async () => {
    await setResumeVisibility('a3', 'recruiters');
    expect((await contactsOf(['a1'])).get('a1')?.sameEmail).toBe(2);
    await setResumeVisibility('a3', 'private');
  });
});

describe('resumesWithSameEmail', () => {
  it('lists the other visible resumes with the email, saying which are ranked for the job', async () => {
    const same = await resumesWithSameEmail('a1', 'job');
    expect(same.map((r) => [r.id, r.rankedForJob])).toEqual([['a2', false]]);
    expect((await resumesWithSameEmail('a2', 'job')).map((r) => [r.id, r.rankedForJob])).toEqual([
      ['a1', true],
    ]);
    expect(await resumesWithSameEmail('b', 'job')).toEqual([]);
  });
});

describe('notes', () => {
  it('keeps every note with its author and time, newest first, every recruiter’s on the candidate for the job', async () => {
    const first = await insertNote({
      jobId: 'job',
      resumeId: 'a1',
      recruiterId: 'rec',
      body: 'Phone screen booked.',
    });
    const second = await insertNote({
      jobId: 'job',
      resumeId: 'a1',
      recruiterId: 'rec',
      body: 'Strong on SQL.',
    });
    await insertNote({ jobId: 'job', resumeId: 'a1', recruiterId: 'other', body: 'Someone else’s note.' });
    await insertNote({ jobId: 'job2', resumeId: 'a1', recruiterId: 'rec', body: 'Another job.' });
    expect(first.authorEmail).toBe('rec@example.com');
    expect(first.authorId).toBe('rec');
    expect(second.createdAt.getTime()).toBeGreaterThanOrEqual(first.createdAt.getTime());

    const notes = await notesFor('job', 'a1');
    expect(notes.map((n) => [n.body, n.authorId, n.authorEmail])).toEqual([
      ['Someone else’s note.', 'other', 'other@example.com'],
      ['Strong on SQL.', 'rec', 'rec@example.com'],
      ['Phone screen booked.', 'rec', 'rec@example.com'],
    ]);
    expect(await notesFor('job', 'b')).toEqual([]);
  });

  it('gives the export every recruiter’s bodies on each candidate, oldest first', async () => {
    const bodies = await noteBodiesOf('job', ['a1', 'b']);
    expect(bodies.get('a1')).toEqual(['Phone screen booked.', 'Strong on SQL.', 'Someone else’s note.']);
    expect(bodies.has('b')).toBe(false);
    expect(await noteBodiesOf('job', [])).toEqual(new Map());
  });
});

describe('saved filters', () => {
  it('saves, lists in order, replaces by name and deletes only the recruiter’s own', async () => {
    const python = await saveFilter({
      jobId: 'job',
      recruiterId: 'rec',
      name: 'Python',
      query: '?skill=Python',
    });
    await saveFilter({ jobId: 'job', recruiterId: 'rec', name: 'Shortlist', query: '?status=shortlisted' });
    await saveFilter({ jobId: 'job', recruiterId: 'other', name: 'Theirs', query: '?q=ada' });
    await saveFilter({ jobId: 'job2', recruiterId: 'rec', name: 'Other job', query: '?min=50' });
    expect((await savedFiltersFor('job', 'rec')).map((f) => [f.name, f.query])).toEqual([
      ['Python', '?skill=Python'],
      ['Shortlist', '?status=shortlisted'],
    ]);

    await saveFilter({ jobId: 'job', recruiterId: 'rec', name: 'Python', query: '?skill=Python&min=70' });
    expect((await savedFiltersFor('job', 'rec')).map((f) => [f.name, f.query])).toEqual([
      ['Shortlist', '?status=shortlisted'],
      ['Python', '?skill=Python&min=70'],
    ]);

    const theirs = (await savedFiltersFor('job', 'other'))[0]!;
    expect(await deleteSavedFilter('job', 'rec', theirs.id)).toBe(false);
    expect(await deleteSavedFilter('job', 'rec', python.id)).toBe(false); // replaced already
    const shortlist = (await savedFiltersFor('job', 'rec'))[0]!;
    expect(await deleteSavedFilter('job2', 'rec', shortlist.id)).toBe(false);
    expect(await deleteSavedFilter('job', 'rec', shortlist.id)).toBe(true);
    expect((await savedFiltersFor('job', 'rec')).map((f) => f.name)).toEqual(['Python']);
    expect((await savedFiltersFor('job', 'other')).map((f) => f.name)).toEqual(['Theirs']);
  });
});
