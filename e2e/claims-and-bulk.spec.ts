import fs from 'node:fs';
import http from 'node:http';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { ANONYMOUS, skillGroup } from './helpers';
import { generateResumes, makeZip, parseCsv } from './workspace-fixtures';

// Issue 11: a skill the candidate adds is their claim, shown apart and never scored as evidence; and a bulk upload
// left in the middle loses nothing the server received, warns before leaving, and can be sent again safely.

/** A word no other test's resume contains, new for every run of a test (so repeats never meet as duplicates). */
function tag(): string {
  const letters = Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26)));
  return `Q${letters.join('')}`;
}

const SERVER_LOG = `e2e/.auth/server-log-${process.env.E2E_PORT ?? 3100}.txt`;

/** The server's output from here on (scripts/e2e-server.mjs copies it to SERVER_LOG). */
function serverLogFromNow(): () => string {
  expect(fs.existsSync(SERVER_LOG), 'scripts/e2e-server.mjs writes the server log').toBe(true);
  const from = fs.statSync(SERVER_LOG).size;
  return () => fs.readFileSync(SERVER_LOG).subarray(from).toString('utf8');
}

async function postJob(page: Page, title: string, description: string): Promise<string> {
  const res = await page.request.post('/api/jobs', { data: { title, description } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** The job's export, filtered by a search word, as rows (header first). */
async function exportRows(page: Page, jobId: string, query: string): Promise<string[][]> {
  const res = await page.request.get(`/api/jobs/${jobId}/export.csv?${query}`);
  expect(res.status()).toBe(200);
  return parseCsv((await res.text()).replace(/^\uFEFF/, ''));
}

const CLAIM_POSTING = `About the role
We run the platform our product teams deploy to, and keep it fast and safe.

Requirements
- 3+ years building backend services in Python
- Run Kubernetes in production
- Terraform and Docker for every environment`;

function claimResume(name: string, email: string): string {
  return `${name}
Backend Engineer
${email} · Berlin

Summary
Backend engineer building Python services and the cloud infrastructure they run on. 6 years of experience.

Experience
Backend Engineer, Northwind Cloud — 2019 – 2025
- Built Python APIs on PostgreSQL serving two million requests a day.
- Packaged every service with Docker and kept the AWS environments in Terraform.
- Set up Prometheus alerting and on-call runbooks for the team.

Education
BSc Computer Science, 2015 – 2019
`;
}

/** Uploads a resume as its candidate, letting recruiters see it, and waits until it is analysed. */
async function uploadVisibleResume(
  request: APIRequestContext,
  name: string,
  text: string,
): Promise<{ id: string; token: string }> {
  const res = await request.post('/api/resumes', {
    multipart: {
      file: { name, mimeType: 'text/plain', buffer: Buffer.from(text) },
      visibility: 'recruiters',
    },
  });
  expect(res.status(), await res.text()).toBe(202);
  const { id, token } = (await res.json()) as { id: string; token: string };
  await expect
    .poll(
      async () =>
        (
          (await (
            await request.get(`/api/resumes/${id}`, { headers: { authorization: `Bearer ${token}` } })
          ).json()) as {
            status: string;
          }
        ).status,
      { timeout: 90_000 },
    )
    .toBe('ready');
  return { id, token };
}

test('a skill the candidate adds reaches recruiters as a claim, apart from the evidence, and leaves the score as it was', async ({
  page,
  browser,
  baseURL,
}) => {
  const who = tag();
  const name = `Morgan ${who}`;
  const jobId = await postJob(page, `Platform Engineer ${who}`, CLAIM_POSTING);

  const candidate = await browser.newContext({ baseURL, storageState: ANONYMOUS });
  const resume = await uploadVisibleResume(
    candidate.request,
    `${who}.txt`,
    claimResume(name, `morgan.${who.toLowerCase()}@claims.example.com`),
  );
  const detail = `/recruiter/jobs/${jobId}/candidates/${resume.id}`;
  const scoreOf = async () =>
    Number(await page.getByRole('meter', { name: 'Match score', exact: true }).getAttribute('aria-valuenow'));

  // Before the claim: Kubernetes is missing, as the resume does not show it.
  await page.goto(detail);
  const before = await scoreOf();
  await expect(skillGroup(page, 'Missing required')).toContainText('Kubernetes');

  const mine = await candidate.newPage();
  await mine.goto(`/candidate/r/${resume.token}`);
  await mine.getByLabel('Add a skill').fill('k8s');
  await mine.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(mine.getByRole('status').filter({ hasText: 'Added Kubernetes' })).toContainText(
    'Recruiters who can see your resume see it as your claim',
  );
  await expect(
    mine.getByRole('list', { name: 'Your skills' }).getByRole('listitem').filter({ hasText: 'Kubernetes' }),
  ).toContainText(
    'added by you — recruiters who can see your resume see it as claimed, and it does not raise your score until your resume shows it',
  );
  // The candidate's advice still says the resume lacks it, and says why the claim does not count.
  await mine.goto(`/candidate/r/${resume.token}/jobs/${jobId}`);
  const gap = mine
    .getByRole('region', { name: 'How to close the gap', exact: true })
    .getByRole('listitem')
    .filter({ has: mine.getByRole('heading', { name: 'Kubernetes', exact: true }) });
  await expect(gap).toContainText('You added Kubernetes yourself');
  await candidate.close();

  // The recruiter sees the claim as a claim: not ✓, not ✕, and the score is what the resume earns.
  await page.goto(detail);
  const claimed = 'Kubernetes — claimed by the candidate, not in the resume';
  await expect(skillGroup(page, 'Claimed, not in the resume')).toContainText(claimed);
  await expect(skillGroup(page, 'Matched')).not.toContainText('Kubernetes');
  await expect(skillGroup(page, 'Missing required')).not.toContainText('Kubernetes');
  expect(await scoreOf()).toBe(before);

  // The ranked row says so too.
  await page.goto(`/recruiter/jobs/${jobId}?q=${who}`);
  const row = page
    .getByRole('region', { name: 'Candidates table' })
    .getByRole('row')
    .filter({ hasText: name });
  await expect(row).toContainText(claimed);
  await expect(row.getByRole('meter')).toHaveAttribute('aria-valuenow', String(before));

  // The export puts the claim in its own column, never among the matched skills.
  const [header, ...rows] = await exportRows(page, jobId, `q=${who}`);
  const column = (label: string) => header!.indexOf(label);
  expect(column('Claimed skills (not in the resume)')).toBeGreaterThan(0);
  expect(rows).toHaveLength(1);
  expect(rows[0]![column('Candidate')]).toBe(name);
  expect(rows[0]![column('Matched skills')]).not.toContain('Kubernetes');
  expect(rows[0]![column('Missing required skills')]).not.toContain('Kubernetes');
  expect(rows[0]![column('Claimed skills (not in the resume)')]).toBe('Kubernetes');
  expect(Number(rows[0]![column('Score')])).toBe(before);
  // Filtering on the skill looks at evidence: a claim does not put the candidate in the list.
  expect(await exportRows(page, jobId, `q=${who}&skill=Kubernetes`)).toHaveLength(1);

  // And so does the API (read page by page: every earlier test's resumes are ranked for this job too).
  type ApiMatch = {
    resumeId: string;
    score: number;
    skills: { matched: { name: string }[]; claimed: { name: string }[] };
  };
  let match: ApiMatch | undefined;
  for (let offset = 0; !match; offset += 500) {
    const { matches } = (await (
      await page.request.get(`/api/jobs/${jobId}/matches?limit=500&offset=${offset}`)
    ).json()) as { matches: ApiMatch[] };
    expect(matches.length, 'the candidate is listed').toBeGreaterThan(0);
    match = matches.find((m) => m.resumeId === resume.id);
  }
  expect(match.score).toBe(before);
  expect(match.skills.claimed.map((s) => s.name)).toEqual(['Kubernetes']);
  expect(match.skills.matched.map((s) => s.name)).not.toContain('Kubernetes');
});

/** `count` resumes of distinct people, new to this run, each named and filed under the run's word. */
function batch(who: string, count: number, from = 0): { name: string; file: string; data: Buffer }[] {
  return generateResumes()
    .slice(from, from + count)
    .map((r, i) => {
      const name = `${r.name.split(' ')[0]} ${who}`;
      return {
        name,
        file: `${who}-${String(from + i + 1).padStart(2, '0')}.txt`,
        data: Buffer.from(
          r.text.replaceAll(r.name, name).replaceAll('@example.com', `@${who.toLowerCase()}.example.com`),
        ),
      };
    });
}

/**
 * Posts a zip to the bulk upload as the signed-in recruiter and closes the connection once the server has answered
 * for one file, as a browser does when its tab goes away. Returns the types of the events read before then.
 */
async function postAndHangUp(page: Page, path: string, zip: Buffer): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const cookie = (await page.context().cookies(origin)).map((c) => `${c.name}=${c.value}`).join('; ');
  const boundary = `----rolefit${Date.now()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="batch.zip"\r\nContent-Type: application/zip\r\n\r\n`,
    ),
    zip,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return new Promise<string[]>((resolve, reject) => {
    const events: string[] = [];
    let text = '';
    const request = http.request(
      new URL(path, origin),
      {
        method: 'POST',
        headers: {
          cookie,
          origin,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': body.length,
        },
      },
      (response) => {
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          const lines = text.split('\n');
          text = lines.pop()!;
          for (const line of lines) if (line.trim()) events.push((JSON.parse(line) as { type: string }).type);
          if (events.includes('result') || events.includes('done')) {
            request.destroy();
            resolve(events);
          }
        });
        response.on('end', () => resolve(events));
      },
    );
    request.on('error', (err) => (events.length ? resolve(events) : reject(err)));
    request.end(body);
  });
}

/** The names the job's export lists under the run's word, sorted: one entry per stored resume. */
async function rankedNames(page: Page, jobId: string, who: string): Promise<string[]> {
  return (await exportRows(page, jobId, `q=${who}`))
    .slice(1)
    .map((r) => r[1]!)
    .sort();
}

/** Waits until the job's export lists exactly these names, each once. */
async function expectRankedOnce(page: Page, jobId: string, who: string, names: string[]): Promise<void> {
  await expect.poll(() => rankedNames(page, jobId, who), { timeout: 120_000 }).toEqual([...names].sort());
}

function fileRow(page: Page, file: string): Locator {
  return page.getByRole('list', { name: 'Files' }).getByRole('listitem').filter({ hasText: file });
}

test('a bulk upload cut off mid-stream still ranks every file the server received, once, and sending it again adds only what is new', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const who = tag();
  const jobId = await postJob(page, `Platform Engineer ${who}`, CLAIM_POSTING);
  const files = batch(who, 12);
  const log = serverLogFromNow();
  await page.goto(`/recruiter/jobs/${jobId}/upload`);

  // The client goes away (its connection closed) as soon as the server has opened the zip and answered for one file.
  const seen = await postAndHangUp(
    page,
    `/api/jobs/${jobId}/uploads`,
    makeZip(files.map((f) => ({ name: f.file, data: f.data }))),
  );
  expect(seen[0]).toBe('archive');
  expect(seen, 'the client left before the upload was done').not.toContain('done');

  // Every file of the zip was received, so every one is stored and ranked, once.
  await expectRankedOnce(
    page,
    jobId,
    who,
    files.map((f) => f.name),
  );
  expect(log()).not.toMatch(/Controller is already closed|Invalid state/);

  // The same batch again, with two new files: the twelve are reported as already uploaded, only the two are added.
  const more = batch(who, 2, 12);
  await page
    .getByLabel('Resumes or a .zip of resumes')
    .setInputFiles(
      [...files, ...more].map((f) => ({ name: f.file, mimeType: 'text/plain', buffer: f.data })),
    );
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'All files are done: 2 ranked, 12 already uploaded, 0 could not be used.' }),
  ).toBeAttached({
    timeout: 120_000,
  });
  await expect(fileRow(page, files[0]!.file)).toContainText('Already uploaded');
  await expect(fileRow(page, more[0]!.file)).toContainText('Ranked');
  await expectRankedOnce(
    page,
    jobId,
    who,
    [...files, ...more].map((f) => f.name),
  );
});

test('leaving a bulk upload in the middle asks first; sending the batch again adds only the files that never arrived', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const who = tag();
  const title = `Platform Engineer ${who}`;
  const jobId = await postJob(page, title, CLAIM_POSTING);
  const files = batch(who, 8);
  const sent = 2;

  // The first two files go through; the next ones the page sends stay in flight, and the rest wait their turn in
  // the page, so they are never sent. (Whether the browser lets the ones in flight reach the server as the page
  // closes is its business: either way, sending the batch again must store each file once.)
  const requested = new Set<string>();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === `/api/jobs/${jobId}/uploads`,
    async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const body = route.request().postDataBuffer()?.toString('latin1') ?? '';
      const file = /filename="([^"]+)"/.exec(body)?.[1] ?? '';
      requested.add(file);
      // By name: the page sends a few at once, and they may reach here in any order.
      if (files.slice(0, sent).some((f) => f.file === file)) return route.continue();
      await held;
      await route.abort().catch(() => {});
    },
  );
  await page.goto(`/recruiter/jobs/${jobId}/upload`);
  await page
    .getByLabel('Resumes or a .zip of resumes')
    .setInputFiles(files.map((f) => ({ name: f.file, mimeType: 'text/plain', buffer: f.data })));
  for (const f of files.slice(0, sent))
    await expect(fileRow(page, f.file)).toContainText(/Analysing and ranking|Ranked/);
  await expect(fileRow(page, files[sent]!.file)).toContainText(/Uploading|Reading/);
  await expect(fileRow(page, files.at(-1)!.file)).toContainText('Waiting');

  // A link inside the app asks first, and staying keeps the upload going.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.type(), dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: `Ranked candidates for ${title}` }).click();
  await expect.poll(() => asked[0]).toBe('confirm');
  expect(asked[1]).toContain('not been uploaded yet');
  await expect(page).toHaveURL(new RegExp(`/recruiter/jobs/${jobId}/upload$`));
  await expect(fileRow(page, files.at(-1)!.file)).toContainText('Waiting');

  // Closing the tab asks too (the browser's own "Leave site?" dialog).
  const closing = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await closing).toBe('beforeunload');
  await expect.poll(() => page.isClosed()).toBe(true);
  release();
  const neverSent = files.filter((f) => !requested.has(f.file));
  expect(neverSent.length, 'files left waiting in the page').toBeGreaterThan(0);

  // The files that arrived are ranked; sending the batch again reports them and adds only the rest.
  const again = await context.newPage();
  await expect
    .poll(() => rankedNames(again, jobId, who), { timeout: 120_000 })
    .toEqual(expect.arrayContaining(files.slice(0, sent).map((f) => f.name)));
  await again.goto(`/recruiter/jobs/${jobId}/upload`);
  await again
    .getByLabel('Resumes or a .zip of resumes')
    .setInputFiles(files.map((f) => ({ name: f.file, mimeType: 'text/plain', buffer: f.data })));
  const done = again.getByRole('status').filter({ hasText: 'All files are done' });
  await expect(done).toHaveText(/, 0 could not be used\.$/, { timeout: 120_000 });
  const [, ranked, present] = /(\d+) ranked, (\d+) already uploaded/.exec((await done.textContent())!)!;
  expect(Number(ranked) + Number(present)).toBe(files.length);
  for (const f of files.slice(0, sent))
    await expect(fileRow(again, f.file)).toContainText('Already uploaded');
  for (const f of neverSent) await expect(fileRow(again, f.file)).toContainText('Ranked');
  await expectRankedOnce(
    again,
    jobId,
    who,
    files.map((f) => f.name),
  );

  // Once nothing is in flight, leaving asks nothing.
  let dialogs = 0;
  again.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await again.getByRole('link', { name: `Ranked candidates for ${title}` }).click();
  await expect(again.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(dialogs).toBe(0);
});
