import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixture } from './helpers';

test('health reports the database the suite runs on, with the demo jobs seeded', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  // The suite runs on the embedded database, and in CI once more on Postgres (DATABASE_URL).
  const database = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  expect(await res.json()).toMatchObject({ status: 'ok', database });
});

test('POST /api/jobs rejects a body without a description, with a message', async ({ request }) => {
  const res = await request.post('/api/jobs', { data: { title: 'Chef' } });
  expect(res.status()).toBe(400);
  expect((await res.json()).error).toMatch(/description/i);
});

test('POST /api/resumes rejects unsupported and empty files with a 4xx and JSON error', async ({
  request,
}) => {
  for (const [name, mimeType, status, message] of [
    ['image.png', 'image/png', 415, /PDF, DOCX/],
    ['empty.txt', 'text/plain', 422, /no readable text/i],
    ['encrypted.pdf', 'application/pdf', 422, /password/i],
    ['scanned.pdf', 'application/pdf', 422, /scanned/i],
  ] as const) {
    const res = await request.post('/api/resumes', {
      multipart: { file: { name, mimeType, buffer: fs.readFileSync(fixture(name)) } },
    });
    expect(res.status(), name).toBe(status);
    expect((await res.json()).error, name).toMatch(message);
  }
});

test('a job posted over HTTP ranks a resume uploaded over HTTP', async ({ request }) => {
  const job = await request.post('/api/jobs', {
    data: {
      title: 'ML Platform Engineer',
      description: fs.readFileSync(fixture('posting-ml-engineer-hybrid.txt'), 'utf8'),
    },
  });
  expect(job.status()).toBe(201);
  const { id: jobId, ranked } = await job.json();
  // How many candidates it ranks, or null when ranking them takes longer than the request waits (it goes on).
  expect(ranked === null || Number.isInteger(ranked)).toBe(true);

  const upload = await request.post('/api/resumes', {
    multipart: {
      file: {
        name: 'cv.docx',
        mimeType: 'application/octet-stream',
        buffer: fs.readFileSync(fixture('resume-ml-engineer.docx')),
      },
      // The candidate lets recruiters see it, so the job's ranking below lists it.
      visibility: 'recruiters',
    },
  });
  expect(upload.status()).toBe(202);
  const { id, status, token, visibility } = await upload.json();
  expect(status).toBe('processing');
  expect(visibility).toBe('recruiters');
  // The candidate's private-link token opens their resume over the API.
  const asCandidate = { headers: { authorization: `Bearer ${token}` } };

  await expect
    .poll(async () => (await (await request.get(`/api/resumes/${id}`, asCandidate)).json()).status, {
      timeout: 90_000,
    })
    .toBe('ready');

  const forResume = await (await request.get(`/api/resumes/${id}/matches`, asCandidate)).json();
  expect(forResume.total).toBe(forResume.matches.length);
  const scores = forResume.matches.map((m: { score: number }) => m.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  const mine = forResume.matches.find((m: { jobId: string }) => m.jobId === jobId);
  // Every skill carries the phrases that named it: the posting's for a gap.
  expect(mine.skills.missing.required).toEqual(
    expect.arrayContaining([
      { name: 'Kubernetes', phrases: expect.arrayContaining(['Kubernetes']) },
      { name: 'MLflow', phrases: ['MLflow'] },
    ]),
  );

  await expect
    .poll(async () => (await (await request.get(`/api/jobs/${jobId}/matches`)).json()).ranking, {
      timeout: 60_000,
    })
    .toBeNull();
  const forJob = await (await request.get(`/api/jobs/${jobId}/matches`)).json();
  expect(forJob.total).toBeGreaterThanOrEqual(forJob.matches.length);
  expect(forJob.matches.map((m: { resumeId: string }) => m.resumeId)).toContain(id);
  expect(forJob.matches[0].score).toBeGreaterThanOrEqual(forJob.matches.at(-1).score);
});
