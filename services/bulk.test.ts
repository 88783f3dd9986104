import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecruiter } from '../db/accounts';
import { insertJob } from '../db/jobs';
import { rankedCandidates } from '../db/ranking';
import { getResume } from '../db/resumes';
import { EMBEDDING_DIMS } from '../lib/embeddings/config';
import { buildZip } from '../test-support/zip';
import { DEFAULT_FILTERS } from '../lib/workspace/filters';
import { addArchiveToJob, addResumeToJob, type ArchiveEvent } from './bulk';
import { queueIdle } from './resumes';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// Bulk upload on a real embedded database, with real reading and the real model: duplicates by content and by email,
// per-file errors, the uploader and the job's pipeline.
let database: TestDatabase;
const unit = Array.from({ length: EMBEDDING_DIMS }, (_, i) => (i === 0 ? 1 : 0));
const encode = (s: string) => new TextEncoder().encode(s);
const resume = (name: string, email: string, extra = '') =>
  `${name}\nPlatform Engineer\n${email}\n\nExperience\nPlatform Engineer, Acme — 2018 – 2024\n- Ran Kubernetes clusters and wrote Python tooling.${extra}\n`;

beforeAll(async () => {
  database = await openTestDatabase('bulk');
  await insertRecruiter({ id: 'rec', email: 'rec@example.com', passwordHash: 'x' });
  await insertJob({
    id: 'job',
    ownerId: 'rec',
    title: 'Platform Engineer',
    company: '',
    location: '',
    description: 'Kubernetes and Python.',
    contentHash: 'job',
    skills: [
      {
        name: 'Kubernetes',
        category: 'devops',
        level: 'required',
        mentions: 1,
        evidence: '',
        phrases: ['Kubernetes'],
      },
    ],
    requirements: [
      { text: 'Kubernetes', level: 'required', section: 'requirements', skills: ['Kubernetes'] },
    ],
    minYears: null,
    warnings: [],
    titleVector: unit,
    requirementVectors: [unit],
  });
});

afterAll(async () => {
  await queueIdle();
  await database.close();
});

describe('addResumeToJob', () => {
  it('stores a new resume with its uploader, and reports the same file or the same person as duplicates', async () => {
    const first = await addResumeToJob(
      'job',
      'rec',
      encode(resume('Ada Byron', 'Ada@Example.com')),
      'ada.txt',
    );
    expect(first).toMatchObject({ outcome: 'added' });
    if (first.outcome !== 'added') throw new Error('not added');
    expect(await getResume(first.resumeId)).toMatchObject({
      uploadedBy: 'rec',
      candidateEmail: 'ada@example.com',
      sizeBytes: expect.any(Number),
    });

    const sameFile = await addResumeToJob(
      'job',
      'rec',
      encode(resume('Ada Byron', 'Ada@Example.com')),
      'ada-again.txt',
    );
    expect(sameFile).toMatchObject({
      outcome: 'duplicate',
      resumeId: first.resumeId,
      message: expect.stringMatching(/exact file/),
    });
    const samePerson = await addResumeToJob(
      'job',
      'rec',
      encode(resume('Ada Byron', 'ada@example.com', '\n- Updated.')),
      'ada-v2.txt',
    );
    expect(samePerson).toMatchObject({
      outcome: 'duplicate',
      resumeId: first.resumeId,
      message: expect.stringMatching(/same email/),
    });
  });

  it('turns a file that cannot be read into a sentence for that file alone', async () => {
    expect(await addResumeToJob('job', 'rec', encode(''), 'empty.txt')).toMatchObject({
      outcome: 'error',
      message: expect.any(String),
    });
  });

  it('does not store the same person twice when both arrive at once', async () => {
    const [a, b] = await Promise.all([
      addResumeToJob('job', 'rec', encode(resume('Grace Hopper', 'grace@example.com')), 'grace.txt'),
      addResumeToJob(
        'job',
        'rec',
        encode(resume('Grace Hopper', 'grace@example.com', '\n- Also COBOL.')),
        'grace-2.txt',
      ),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(['added', 'duplicate']);
  });
});

describe('addArchiveToJob', () => {
  it('reports the file list, then every file, and ranks the new ones for the job', async () => {
    const zip = buildZip([
      { name: 'cvs/alan.txt', data: resume('Alan Turing', 'alan@example.com') },
      { name: 'cvs/ada-copy.txt', data: resume('Ada Byron', 'Ada@Example.com') },
      { name: 'cvs/broken.pdf', data: '%PDF-1.4 nothing here' },
    ]);
    const events: ArchiveEvent[] = [];
    for await (const event of addArchiveToJob('job', 'rec', zip)) events.push(event);
    expect(events[0]).toEqual({
      type: 'archive',
      entries: [
        { index: 0, name: 'alan.txt' },
        { index: 1, name: 'ada-copy.txt' },
        { index: 2, name: 'broken.pdf' },
      ],
    });
    const results = new Map(events.flatMap((e) => (e.type === 'result' ? [[e.name, e.outcome]] : [])));
    expect(Object.fromEntries(results)).toEqual({
      'alan.txt': 'added',
      'ada-copy.txt': 'duplicate',
      'broken.pdf': 'error',
    });

    await queueIdle();
    const { rows } = await rankedCandidates('job', 'rec', { ...DEFAULT_FILTERS, status: 'new' });
    expect(rows.map((r) => r.candidateName).sort()).toEqual(['Ada Byron', 'Alan Turing', 'Grace Hopper']);
  });

  it('refuses a zip that cannot be opened, whole', async () => {
    await expect(async () => {
      for await (const _ of addArchiveToJob('job', 'rec', encode('PK\u0003\u0004 not really'))) void _;
    }).rejects.toThrow(/damaged/);
  });
});
