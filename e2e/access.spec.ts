import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ANONYMOUS, FIRST_RECRUITER, fixture, signedInContext, uploadResume } from './helpers';
import { parseCsv } from './workspace-fixtures';

// Who may see what. Specs run signed in as the first recruiter (e2e/auth.setup.ts) unless they open an anonymous context.

const POSTING = fs.readFileSync(fixture('posting-ml-engineer-hybrid.txt'), 'utf8');
const RESUME = fs.readFileSync(fixture('resume-accountant.txt'), 'utf8');
const ID = /^[A-Za-z0-9_-]{22}$/; // 16 random bytes: 128 bits
const LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/; // 32 random bytes: 256 bits
const API_TOKEN = /^rf_[A-Za-z0-9_-]{43}$/;
const randomToken = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
const randomId = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
const unique = () => Math.random().toString(36).slice(2, 8);

async function postJob(
  request: APIRequestContext,
  title: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const res = await request.post('/api/jobs', { data: { title, description: POSTING }, headers });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = await res.json();
  expect(id).toMatch(ID);
  return id;
}

async function addRecruiter(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/recruiter/team');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Their first password').fill(password);
  await page.getByRole('button', { name: 'Add recruiter' }).click();
  await expect(page.getByText(`Added ${email}.`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: email })).toBeVisible();
}

test.describe('anonymous visitors', () => {
  test.use({ storageState: ANONYMOUS });

  test('are sent to sign in from every recruiter page, even with a forged session cookie', async ({
    page,
    context,
  }) => {
    for (const path of [
      '/recruiter',
      '/recruiter/jobs',
      `/recruiter/jobs/${randomId()}`,
      '/recruiter/tokens',
      '/recruiter/team',
      '/recruiter/upload',
      `/recruiter/resumes/${randomId()}`,
    ]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/login\?next=/);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    }
    // Past the proxy's quick cookie check, the pages check the session themselves.
    await context.addCookies([{ name: 'rolefit_session', value: 'forged', domain: '127.0.0.1', path: '/' }]);
    await page.goto('/recruiter/jobs');
    await expect(page).toHaveURL(/\/login\?next=%2Frecruiter%2Fjobs$/);
  });

  test('and candidates are refused by the recruiter API with 401', async ({ request }) => {
    const candidate = await uploadResume(request, 'candidate.txt', RESUME);
    const attempts: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${candidate.token}` },
      { authorization: `Bearer rf_${randomToken()}` },
      { cookie: 'rolefit_session=forged' },
    ];
    for (const headers of attempts) {
      const list = await request.get('/api/jobs', { headers });
      expect(list.status(), JSON.stringify(headers)).toBe(401);
      expect(list.headers()['www-authenticate']).toMatch(/^Bearer/);
      expect((await list.json()).error).toMatch(/Authorization: Bearer <token>.*\/recruiter\/tokens/);
      expect(
        (
          await request.post('/api/jobs', { data: { title: 'Sneaky job', description: POSTING }, headers })
        ).status(),
      ).toBe(401);
      expect((await request.get(`/api/jobs/${randomId()}/matches`, { headers })).status()).toBe(401);
    }
    expect((await request.get(`/api/jobs?token=${candidate.token}`)).status()).toBe(401);
  });
});

test('a recruiter signs in and out; wrong passwords are refused, and repeated attempts get 429 with Retry-After', async ({
  browser,
  baseURL,
  request,
}) => {
  const context = await browser.newContext({ baseURL, storageState: ANONYMOUS });
  const page = await context.newPage();
  await page.goto('/recruiter/tokens');
  await expect(page).toHaveURL(/\/login\?next=%2Frecruiter%2Ftokens$/);
  await page.getByLabel('Email').fill(FIRST_RECRUITER.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  await page.getByLabel('Password').fill(FIRST_RECRUITER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/recruiter\/tokens$/);
  await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();

  const cookie = (await context.cookies()).find((c) => c.name === 'rolefit_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false }); // http on loopback: not Secure
  expect(cookie?.value).not.toContain(FIRST_RECRUITER.email);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login$/);
  expect((await context.cookies()).find((c) => c.name === 'rolefit_session')).toBeUndefined();
  await page.goto('/recruiter/jobs');
  await expect(page).toHaveURL(/\/login\?next=/);
  await context.close();

  const email = `locked-${unique()}@rolefit.test`;
  for (let i = 0; i < 10; i++) {
    const res = await request.post('/api/session', { data: { email, password: `guess-${i}-password` } });
    expect(res.status()).toBe(401);
  }
  const limited = await request.post('/api/session', { data: { email, password: 'one more guess' } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await limited.json()).error).toMatch(/Too many sign-in attempts/);
  // The limit is per client and email: the real recruiter is not locked out by someone guessing another account.
  expect((await request.post('/api/session', { data: FIRST_RECRUITER })).status()).toBe(200);
  // A sign-in posted from another site is refused.
  expect(
    (
      await request.post('/api/session', {
        data: FIRST_RECRUITER,
        headers: { origin: 'https://evil.example' },
      })
    ).status(),
  ).toBe(403);
});

test('the login form works without JavaScript too', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: ANONYMOUS, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/login?next=%2Frecruiter%2Fteam');
  await page.getByLabel('Email').fill(FIRST_RECRUITER.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/login\?error=invalid&next=%2Frecruiter%2Fteam$/);
  await expect(page.getByText('Wrong email or password.')).toBeVisible();
  await page.getByLabel('Email').fill(FIRST_RECRUITER.email);
  await page.getByLabel('Password').fill(FIRST_RECRUITER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/recruiter\/team$/);
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  await context.close();
});

test('a second recruiter, added on the Team page, cannot see the first one’s job (404), but both see the shared board', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const title = `Private ML role ${unique()}`;
  const jobId = await postJob(request, title);
  const second = { email: `second-${unique()}@rolefit.test`, password: 'second-recruiter-pass' };
  await addRecruiter(page, second.email, second.password);

  const context = await signedInContext(browser, baseURL!, second);
  const other = await context.newPage();
  await other.goto('/recruiter/jobs');
  await expect(other.getByText(`Signed in as ${second.email}`)).toBeVisible();
  const jobsTable = other.getByRole('region', { name: 'Jobs' });
  await expect(jobsTable.getByText('Shared').first()).toBeVisible(); // the demo jobs
  await expect(jobsTable.getByRole('link', { name: title })).toHaveCount(0);

  const jobPage = await other.goto(`/recruiter/jobs/${jobId}`);
  expect(jobPage?.status()).toBe(404);
  await expect(other.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect((await other.request.get(`/api/jobs/${jobId}/matches`)).status()).toBe(404);
  const theirList = (await (await other.request.get('/api/jobs')).json()).jobs as {
    id: string;
    ownerId: string | null;
  }[];
  expect(theirList.map((j) => j.id)).not.toContain(jobId);
  expect(theirList.length).toBeGreaterThan(0);
  expect(theirList.every((j) => j.ownerId === null)).toBe(true);

  // The owner still sees it, ranked.
  expect((await request.get(`/api/jobs/${jobId}/matches`)).status()).toBe(200);
  expect(
    ((await (await request.get('/api/jobs')).json()).jobs as { id: string }[]).map((j) => j.id),
  ).toContain(jobId);
  await context.close();
});

test('on the shared board, each recruiter’s pipeline status is their own, while notes are the team’s, with author and time', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const resume = await uploadResume(request, `shared-board-${unique()}.txt`, RESUME);
  const jobs = (await (await request.get('/api/jobs')).json()).jobs as {
    id: string;
    ownerId: string | null;
  }[];
  const demoId = jobs.find((j) => j.ownerId === null)!.id;
  const candidatePath = `/recruiter/jobs/${demoId}/candidates/${resume.id}`;
  const csvOf = async (r: APIRequestContext, query: string) =>
    parseCsv((await (await r.get(`/api/jobs/${demoId}/export.csv${query}`)).text()).replace(/^\uFEFF/, ''));
  async function savePipeline(on: Page, status: string, note: string): Promise<void> {
    await on.goto(candidatePath);
    await on.getByLabel('Status').selectOption(status);
    await on.getByRole('button', { name: 'Save status' }).click();
    await expect(on.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    const notes = on.getByRole('region', { name: 'Notes' });
    await notes.getByLabel('Note', { exact: true }).fill(note);
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expect(notes.getByRole('status')).toHaveText('Note added.');
  }
  const timeline = (on: Page) =>
    on.getByRole('region', { name: 'Notes' }).getByRole('list', { name: 'Notes, newest first' });

  const firstNotes = `First recruiter's note ${unique()}`;
  await savePipeline(page, 'interviewing', firstNotes);

  const second = { email: `board-${unique()}@rolefit.test`, password: 'second-recruiter-pass' };
  await addRecruiter(page, second.email, second.password);
  const context = await signedInContext(browser, baseURL!, second);
  const other = await context.newPage();
  await other.goto(candidatePath);
  // Their status is their own: new.
  await expect(other.getByLabel('Status')).toHaveValue('new');
  // The first recruiter's note is there for the team, under its author and time, and theirs alone to have written:
  // the notes region offers nothing to edit or delete, only a note of one's own to add.
  const firstItem = timeline(other).getByRole('listitem');
  await expect(firstItem).toHaveText([new RegExp(firstNotes)]);
  await expect(firstItem).toContainText(FIRST_RECRUITER.email);
  await expect(firstItem).not.toContainText('(you)');
  await expect(firstItem.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(other.getByRole('region', { name: 'Notes' }).getByRole('button')).toHaveText(['Add note']);
  await other.goto(`/recruiter/jobs/${demoId}`);
  const theirTabs = other.getByRole('navigation', { name: 'Pipeline' });
  await expect(theirTabs.getByRole('link', { name: 'Interviewing (0)' })).toBeVisible();
  // Their export holds none of the first recruiter's statuses (their pipeline is empty), and the team's notes.
  const theirCsv = await csvOf(other.request, '');
  expect(theirCsv.length).toBeGreaterThan(1);
  expect(theirCsv.slice(1).every((row) => row[7] === 'New')).toBe(true);
  expect(theirCsv.flat()).toContain(firstNotes);
  expect(await csvOf(other.request, '?status=interviewing')).toHaveLength(1);

  // Setting their own status leaves the first recruiter's as it was; their note joins the timeline, newest first.
  const secondNotes = `Second recruiter's note ${unique()}`;
  await savePipeline(other, 'rejected', secondNotes);
  await expect(timeline(other).getByRole('listitem')).toHaveText([
    new RegExp(`${second.email} \\(you\\).*${secondNotes}`),
    new RegExp(`${FIRST_RECRUITER.email} ·.*${firstNotes}`),
  ]);
  await page.goto(candidatePath);
  await expect(page.getByLabel('Status')).toHaveValue('interviewing');
  await expect(timeline(page).getByRole('listitem')).toHaveText([
    new RegExp(`${second.email} ·.*${secondNotes}`),
    new RegExp(`${FIRST_RECRUITER.email} \\(you\\).*${firstNotes}`),
  ]);
  const firstCsv = await csvOf(request, '?status=interviewing');
  expect(firstCsv.flat()).toContain(`${firstNotes}\n${secondNotes}`);
  expect((await csvOf(other.request, '?status=rejected')).flat()).toContain(`${firstNotes}\n${secondNotes}`);
  await context.close();
});

test('API tokens: created in the UI, shown once, accepted as Bearer, refused after revoking', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const name = `nightly export ${unique()}`;
  await page.goto('/recruiter/tokens');
  await page.getByLabel('Token name').fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = await page.getByLabel('New API token').inputValue();
  expect(token).toMatch(API_TOKEN);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.getByText('Active')).toBeVisible();

  // A script: no cookies, only the header.
  const script = await playwright.request.newContext({ baseURL, storageState: ANONYMOUS });
  const auth = { authorization: `Bearer ${token}` };
  const jobs = await script.get('/api/jobs', { headers: auth });
  expect(jobs.status()).toBe(200);
  expect((await jobs.json()).jobs.length).toBeGreaterThan(0);
  // Bearer requests carry no ambient credentials, so no Origin check applies to them.
  const jobId = await postJob(script, `Scripted job ${unique()}`, {
    ...auth,
    origin: 'https://elsewhere.example',
  });
  expect((await script.get(`/api/jobs/${jobId}/matches`, { headers: auth })).status()).toBe(200);
  // ...and the job is the token owner's.
  expect(
    ((await (await request.get('/api/jobs')).json()).jobs as { id: string }[]).map((j) => j.id),
  ).toContain(jobId);

  await page.reload();
  await expect(page.getByLabel('New API token')).toHaveCount(0); // shown once only
  await expect(row.getByText('Never')).toHaveCount(0); // last use is recorded
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(row.getByText('Revoked')).toBeVisible();
  expect((await script.get('/api/jobs', { headers: auth })).status()).toBe(401);
  expect((await script.get(`/api/jobs/${jobId}/matches`, { headers: auth })).status()).toBe(401);
  await script.dispose();
});

test('cookie-authenticated mutations from another site are refused (CSRF)', async ({ request }) => {
  const cross = await request.post('/api/jobs', {
    data: { title: 'Cross-site job', description: POSTING },
    headers: { origin: 'https://evil.example' },
  });
  expect(cross.status()).toBe(403);
  const victim = await uploadResume(request, 'csrf.txt', RESUME);
  expect(
    (
      await request.delete(`/api/resumes/${victim.id}`, { headers: { origin: 'https://evil.example' } })
    ).status(),
  ).toBe(403);
  expect((await request.get(`/api/resumes/${victim.id}`)).status()).toBe(200);
});

test.describe('candidates', () => {
  test.use({ storageState: ANONYMOUS });

  test('see only their own resume: another token, no token or a guessed id gets 404', async ({
    request,
    page,
  }) => {
    const mine = await uploadResume(request, 'mine.txt', RESUME);
    const theirs = await uploadResume(request, 'theirs.txt', `${RESUME}\nAlso audited payroll.`);
    expect(mine.id).toMatch(ID);
    expect(mine.token).toMatch(LINK_TOKEN);
    expect(new Set([mine.id, theirs.id, mine.token, theirs.token]).size).toBe(4);

    const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    expect((await request.get(`/api/resumes/${mine.id}`, as(mine.token))).status()).toBe(200);
    expect((await request.get(`/api/resumes/${mine.id}?token=${mine.token}`)).status()).toBe(200);
    expect((await request.get(`/api/resumes/${mine.id}/matches`, as(mine.token))).status()).toBe(200);
    for (const [path, options] of [
      [`/api/resumes/${mine.id}`, as(theirs.token)],
      [`/api/resumes/${mine.id}`, {}],
      [`/api/resumes/${mine.id}?token=${theirs.token}`, {}],
      [`/api/resumes/${mine.id}/matches`, as(theirs.token)],
      [`/api/resumes/${mine.id}/matches`, as(randomToken())],
      [`/api/resumes/${randomId()}`, as(mine.token)],
    ] as const) {
      const res = await request.get(path, options);
      expect(res.status(), path).toBe(404);
    }
    expect((await request.delete(`/api/resumes/${mine.id}`, as(theirs.token))).status()).toBe(404);

    // In the browser: each link opens its own resume; a made-up link and the old id-based address are 404.
    await page.goto(`/candidate/r/${theirs.token}`);
    await expect(page.getByText('theirs.txt').first()).toBeVisible();
    await expect(page.getByText('mine.txt')).toHaveCount(0);
    expect((await page.goto(`/candidate/r/${randomToken()}`))?.status()).toBe(404);
    expect((await page.goto(`/candidate/resumes/${mine.id}`))?.status()).toBe(404);
    expect((await page.goto(`/recruiter/resumes/${mine.id}`))?.url()).toMatch(/\/login\?next=/);
  });

  test('upload in the browser and land on an unguessable private link', async ({ page }) => {
    await page.goto('/candidate');
    await page.getByLabel('Upload your resume').setInputFiles(fixture('resume-frontend.md'));
    await page.waitForURL(/\/candidate\/r\/[\w-]+$/);
    const token = new URL(page.url()).pathname.split('/').pop()!;
    expect(token).toMatch(LINK_TOKEN);
    await expect(page.getByText('This page is private to you')).toBeVisible();
    await expect(page.getByRole('link', { name: /see why/i }).first()).toBeVisible({ timeout: 90_000 });
    const hrefs = await page
      .getByRole('link', { name: /see why/i })
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs)
      expect(href).toMatch(new RegExp(`^/candidate/r/${token}/jobs/[A-Za-z0-9_-]{22}$`));
  });
});

test('deleting from the private link removes the resume from every list, ranking and page', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const title = `Deletion check ${unique()}`;
  const jobId = await postJob(request, title);
  const candidate = await browser.newContext({ baseURL, storageState: ANONYMOUS });
  const resume = await uploadResume(
    candidate.request,
    'to-delete.txt',
    RESUME.replace(/^.*$/m, 'Delia Deleteme'),
  );

  // Before: the recruiter sees the candidate ranked for the job, on the job page and in the API.
  const before = (await (await request.get(`/api/jobs/${jobId}/matches`)).json()).matches as {
    resumeId: string;
  }[];
  expect(before.map((m) => m.resumeId)).toContain(resume.id);
  const countBefore = (
    (await (await request.get('/api/jobs')).json()).jobs as { id: string; candidates: number }[]
  ).find((j) => j.id === jobId)!.candidates;
  await page.goto(`/recruiter/jobs/${jobId}`);
  await expect(page.getByRole('link', { name: /Delia Deleteme|to-delete\.txt/ })).toBeVisible();

  const link = await candidate.newPage();
  await link.goto(`/candidate/r/${resume.token}`);
  await link.getByText(/^Delete to-delete\.txt/).click();
  await link.getByRole('button', { name: 'Delete permanently' }).click();
  await link.waitForURL(/\/candidate\?deleted=1$/);
  await expect(link.getByText('Your resume was deleted')).toBeVisible();

  // After: the link, the candidate API, the recruiter's pages, ranking and lists no longer know it.
  expect((await link.goto(`/candidate/r/${resume.token}`))?.status()).toBe(404);
  expect(
    (
      await candidate.request.get(`/api/resumes/${resume.id}`, {
        headers: { authorization: `Bearer ${resume.token}` },
      })
    ).status(),
  ).toBe(404);
  expect((await request.get(`/api/resumes/${resume.id}`)).status()).toBe(404);
  expect((await request.get(`/api/resumes/${resume.id}/matches`)).status()).toBe(404);
  const after = (await (await request.get(`/api/jobs/${jobId}/matches`)).json()).matches as {
    resumeId: string;
  }[];
  expect(after.map((m) => m.resumeId)).not.toContain(resume.id);
  expect(after).toHaveLength(before.length - 1);
  const countAfter = (
    (await (await request.get('/api/jobs')).json()).jobs as { id: string; candidates: number }[]
  ).find((j) => j.id === jobId)!.candidates;
  expect(countAfter).toBe(countBefore - 1);
  await page.reload();
  await expect(page.getByRole('link', { name: /Delia Deleteme|to-delete\.txt/ })).toHaveCount(0);
  expect((await page.goto(`/recruiter/resumes/${resume.id}`))?.status()).toBe(404);
  expect((await page.goto(`/recruiter/jobs/${jobId}/candidates/${resume.id}`))?.status()).toBe(404);
  await candidate.close();

  // The API does the same for scripts: DELETE with the link token, then it is gone.
  const viaApi = await uploadResume(request, 'api-delete.txt', RESUME);
  expect((await request.delete(`/api/resumes/${viaApi.id}?token=${viaApi.token}`)).status()).toBe(204);
  expect((await request.get(`/api/resumes/${viaApi.id}`)).status()).toBe(404);
  expect((await request.delete(`/api/resumes/${viaApi.id}?token=${viaApi.token}`)).status()).toBe(404);
});
