import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildDocx } from '../test-support/documents';
import { ANONYMOUS, RECRUITER_STATE } from './helpers';
import { openPost } from './raw-post';

// Bad input gets a 4xx and a sentence, never a 500: bodies over the cap are refused while they stream in, NUL bytes
// in fields and addresses are refused or dropped, a DOCX that refers to no character is read, and server actions
// posted from another site or over the size limit are refused. Each test names its own client with X-Forwarded-For
// (the e2e server trusts it, as it would behind a proxy), so rate limits never leak between tests.

const client = (name: string) => ({
  'x-forwarded-for': `trust-${name}-${Math.random().toString(36).slice(2, 8)}`,
});
const KB = 1024;
const MB = 1024 * KB;
const NUL = '\u0000';
const nulIn = (field: string) =>
  `There is an invisible NUL character in the ${field}, which text cannot hold: type it again.`;
const SIGN_IN_TOO_LARGE =
  'The sign-in request is larger than 16 KB. Send only {"email": "...", "password": "..."}.';
const NO_RESUME = 'No resume here. Open your private link again, or upload the resume again.';
const NO_JOB = 'No job with this id. List your jobs with GET /api/jobs.';
const NUL_ADDRESS =
  'This address holds a NUL character (%00), which no Rolefit page takes. Check the link and open it again.';
const DESCRIPTION =
  'We need a data engineer with Python, SQL and Airflow to build and run batch pipelines on AWS for our analysts.';
const RESUME = [
  'Ana Ruiz',
  'ana.ruiz@example.com',
  'Data engineer with Python, SQL, Airflow and dbt; six years of batch and streaming pipelines on AWS.',
].join('\n');
// Well-formed (42 hex digits) but no action of this app: Next checks the Origin before it looks the id up.
const UNKNOWN_ACTION = '00'.repeat(21);
const randomToken = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');

test.use({ storageState: ANONYMOUS });

test.describe('bodies are capped while they stream in', () => {
  // Node's http client, not Playwright's request API: a client still writing a whole body when the server answers 413
  // and closes the connection fails with EPIPE, however right the server is.
  test('a 5 MB JSON body to POST /api/session gets 413 and what to send, before it is read', async ({
    baseURL,
    request,
  }) => {
    const json = { ...client('declared'), 'content-type': 'application/json' };
    // Declared and never sent: only a server that checks the length before reading can answer.
    const declared = await openPost(baseURL!, '/api/session', {
      headers: json,
      declaredBytes: 5 * MB,
      sendBytes: 0,
    });
    expect(declared.status).toBe(413);
    expect(declared.sentBytes).toBe(0);
    expect(JSON.parse(declared.body)).toEqual({ error: SIGN_IN_TOO_LARGE });

    // Sent without a length, one byte past 16 KB, and left open: only a server that counts as it reads can answer.
    const chunked = await openPost(baseURL!, '/api/session', { headers: json, sendBytes: 16 * KB + 1 });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toEqual({ error: SIGN_IN_TOO_LARGE });

    expect((await request.get('/api/health')).status()).toBe(200);
  });

  test('a 2 MB job posted to POST /api/jobs gets 413 and what to send', async ({ baseURL }) => {
    const state = JSON.parse(fs.readFileSync(RECRUITER_STATE, 'utf8')) as {
      cookies: { name: string; value: string }[];
    };
    const headers = {
      cookie: state.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      'content-type': 'application/json',
    };
    const tooLarge = {
      error:
        'The job is larger than 1 MB. Send only the posting: a title and a description of up to 50,000 characters.',
    };
    const declared = await openPost(baseURL!, '/api/jobs', { headers, declaredBytes: 2 * MB, sendBytes: 0 });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual(tooLarge);
    const chunked = await openPost(baseURL!, '/api/jobs', { headers, sendBytes: MB + 1 });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toEqual(tooLarge);
  });
});

test('a NUL in an email, a job field, a search, a path id or a file name gets a 4xx, never a 500', async ({
  baseURL,
  playwright,
  request,
}) => {
  const signIn = await request.post('/api/session', {
    headers: client('nul-email'),
    data: { email: `ana${NUL}@example.com`, password: 'any password at all' },
  });
  expect(signIn.status()).toBe(400);
  expect(await signIn.json()).toEqual({ error: nulIn('email') });

  const recruiter = await playwright.request.newContext({ baseURL, storageState: RECRUITER_STATE });
  for (const field of ['title', 'company', 'location']) {
    const job = { title: 'Data Engineer', description: DESCRIPTION, [field]: `Data${NUL} Engineer` };
    const res = await recruiter.post('/api/jobs', { data: job });
    expect(res.status(), field).toBe(400);
    expect((await res.json()).error, field).toContain(nulIn(field));
  }

  const { jobs } = (await (await recruiter.get('/api/jobs')).json()) as { jobs: { id: string }[] };
  const jobId = jobs[0]!.id;
  // Pages refuse a NUL anywhere in the address; the CSV export reads its filters leniently and drops it.
  const search = await recruiter.get(`/recruiter/jobs/${jobId}?q=data%00engineer`);
  expect(search.status()).toBe(400);
  expect(await search.text()).toBe(NUL_ADDRESS);
  const csv = await recruiter.get(`/api/jobs/${jobId}/export.csv?q=%00`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');

  for (const path of ['/api/jobs/%00/matches', '/api/jobs/ab%00cd/export.csv']) {
    const res = await recruiter.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.json(), path).toEqual({ error: NO_JOB });
  }
  for (const path of ['/recruiter/jobs/%00', '/recruiter/resumes/ab%00cd']) {
    const res = await recruiter.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.text(), path).toBe(NUL_ADDRESS);
  }
  await recruiter.dispose();

  // With a private-link token the id would reach the query that checks it.
  const asSomeone = { authorization: `Bearer ${randomToken()}` };
  for (const [method, path] of [
    ['GET', '/api/resumes/%00'],
    ['GET', '/api/resumes/ab%00cd/matches'],
    ['DELETE', '/api/resumes/ab%00cd'],
  ] as const) {
    const res = await request.fetch(path, { method, headers: asSomeone });
    expect(res.status(), `${method} ${path}`).toBe(404);
    expect(await res.json(), `${method} ${path}`).toEqual({ error: NO_RESUME });
  }
  const page = await request.get('/candidate/r/%00');
  expect(page.status()).toBe(400);
  expect(await page.text()).toBe(NUL_ADDRESS);

  // The file name is stored without it.
  const boundary = 'trust-boundary';
  const upload = await request.post('/api/resumes', {
    headers: { ...client('nul-filename'), 'content-type': `multipart/form-data; boundary=${boundary}` },
    data: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cv${NUL}.txt"\r\n` +
        `Content-Type: text/plain\r\n\r\n${RESUME}\r\n--${boundary}--\r\n`,
    ),
  });
  expect(upload.status(), await upload.text()).toBe(202);
  const { id, token } = await upload.json();
  const asCandidate = { headers: { authorization: `Bearer ${token}` } };
  expect((await (await request.get(`/api/resumes/${id}`, asCandidate)).json()).filename).toBe('cv.txt');
  expect((await request.delete(`/api/resumes/${id}`, asCandidate)).status()).toBe(204);
});

test('a DOCX whose header holds &#x110000; is read, its contact line and all, instead of failing', async ({
  request,
}) => {
  const docx = buildDocx({
    header: 'Ana Ruiz &#x110000; ana.ruiz@example.com',
    body: RESUME.split('\n').slice(2),
  });
  const res = await request.post('/api/resumes', {
    headers: client('entity'),
    multipart: {
      file: {
        name: 'cv.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(docx),
      },
    },
  });
  expect(res.status(), await res.text()).toBe(202);
  const { id, token } = await res.json();
  const asCandidate = { headers: { authorization: `Bearer ${token}` } };
  const resume = await (await request.get(`/api/resumes/${id}`, asCandidate)).json();
  expect(resume.filename).toBe('cv.docx');
  expect(resume.contact.email).toBe('ana.ruiz@example.com');
  expect((await request.delete(`/api/resumes/${id}`, asCandidate)).status()).toBe(204);
});

test.describe('server actions', () => {
  // A candidate's page, which has actions (skill edits, deletion); the link need not open a resume.
  const PAGE = `/candidate/r/${randomToken()}`;
  const action = (headers: Record<string, string>, data: string | Buffer = '[]') => ({
    headers: { 'next-action': UNKNOWN_ACTION, 'content-type': 'text/plain;charset=UTF-8', ...headers },
    data,
  });

  test('posted from another site get 403 and a sentence, not 500', async ({ baseURL, request }) => {
    const refused = await request.post(PAGE, action({ origin: 'https://evil.example' }));
    expect(refused.status()).toBe(403);
    expect(refused.headers()['content-type']).toBe('text/plain');
    expect(await refused.text()).toBe(
      'This form was sent from another site, so it was refused. Open Rolefit itself and send the form from there.',
    );

    // A form posted without JavaScript carries no Next-Action header, and is refused all the same.
    const form = await request.post(PAGE, {
      headers: { origin: 'https://evil.example' },
      multipart: { note: 'cross-site' },
    });
    expect(form.status()).toBe(403);

    // From Rolefit itself the post goes through to Next, which answers that it knows no such action.
    const own = await request.post(PAGE, action({ origin: new URL(baseURL!).origin }));
    expect(own.status()).toBe(409);
    expect(own.headers()['x-nextjs-action-not-found']).toBe('1');
  });

  test('with a body over 1 MB get 413 and a sentence, not 500', async ({ baseURL, request }) => {
    const res = await request.post(
      PAGE,
      action({ origin: new URL(baseURL!).origin }, Buffer.alloc(2 * MB, 'a')),
    );
    expect(res.status()).toBe(413);
    expect(res.headers()['content-type']).toBe('text/plain');
    expect(await res.text()).toBe(
      'The form holds more than 1 MB, far more than any Rolefit form takes. Shorten what you pasted and send it again.',
    );
  });
});
