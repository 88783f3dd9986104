import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ANONYMOUS, uploadResume } from './helpers';
import {
  DATA_POSTING,
  EXPORT_COLUMNS,
  PLATFORM_POSTING,
  generateResumes,
  makeZip,
  parseCsv,
} from './workspace-fixtures';

// The recruiter workspace as a new user would use it, in order: post a job, upload a zip of 50 resumes, filter to
// Kubernetes and Python, shortlist three, export, read why, review blind, close and reopen, edit and see it re-rank.
test.describe.configure({ mode: 'serial' });

const RUN = Math.random().toString(36).slice(2, 7);
const JOB_TITLE = `Platform Engineer ${RUN}`;
const RESUMES = generateResumes();
const WITH_K_AND_P = RESUMES.filter((r) => r.hasKubernetesAndPython);
const DUPLICATE = { file: '50-copy-of-first.txt', of: RESUMES[0]! };

let jobId = '';
const shortlisted: string[] = [];

/** The names in the ranked table, in order. */
async function tableNames(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Candidates table' })
    .locator('tbody tr td:nth-child(2) > a')
    .allInnerTexts();
}

function blindSwitch(page: Page): Locator {
  return page.getByRole('switch', { name: 'Blind review' });
}

async function setBlind(page: Page, on: boolean): Promise<void> {
  const toggle = blindSwitch(page);
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await expect(blindSwitch(page)).toHaveAttribute('aria-checked', String(on));
}

test.afterAll(async ({ browser, baseURL }) => {
  // Blind review is remembered per recruiter, and the other specs run as the same one: leave it off.
  const context = await browser.newContext({
    baseURL,
    storageState: `e2e/.auth/recruiter-${process.env.E2E_PORT ?? 3100}.json`,
  });
  const page = await context.newPage();
  if (jobId) {
    await page.goto(`/recruiter/jobs/${jobId}`);
    await setBlind(page, false);
  }
  await context.close();
});

test('a recruiter posts a job and uploads a zip of 50 resumes, seeing each file through to the ranking', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await page.goto('/recruiter/jobs');
  await page.getByLabel('Title').fill(JOB_TITLE);
  await page.getByLabel('Company (optional)').fill('Workspace Test Co');
  await page.getByLabel('Description').fill(PLATFORM_POSTING);
  await page.getByRole('button', { name: 'Add job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: JOB_TITLE })).toBeVisible();
  jobId = /\/recruiter\/jobs\/([\w-]+)/.exec(page.url())![1]!;

  await page.getByRole('link', { name: 'Upload resumes' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Upload resumes for ${JOB_TITLE}` }),
  ).toBeVisible();
  const zip = makeZip([
    ...RESUMES.map((r) => ({ name: `applicants/${r.file}`, data: Buffer.from(r.text) })),
    { name: `applicants/${DUPLICATE.file}`, data: Buffer.from(DUPLICATE.of.text) },
    { name: '__MACOSX/applicants/._01.txt', data: Buffer.from('resource fork') },
  ]);

  const dropped = Date.now();
  await page
    .getByLabel('Resumes or a .zip of resumes')
    .setInputFiles({ name: 'applicants.zip', mimeType: 'application/zip', buffer: zip });

  // The zip is unpacked on the server and every file gets its own row and progress bar.
  const files = page.getByRole('list', { name: 'Files' });
  await expect(files.getByRole('listitem').filter({ hasText: 'applicants.zip' })).toContainText(
    '50 files in it',
  );
  await expect(files.getByRole('listitem')).toHaveCount(51);
  await expect(page.getByRole('progressbar', { name: 'Overall' })).toBeVisible();

  const seeRanking = page.getByRole('link', { name: 'See the ranked candidates' });
  await expect(seeRanking).toBeVisible({ timeout: 300_000 });
  await expect(
    page.getByText('50 of 50 files done · 49 ranked, 1 already uploaded, 0 could not be used'),
  ).toBeVisible();
  for (const r of [RESUMES[0]!, RESUMES[48]!]) {
    await expect(page.getByRole('progressbar', { name: r.file })).toHaveAttribute('value', '100');
    await expect(files.getByRole('listitem').filter({ hasText: r.file })).toContainText('Ranked');
  }
  const duplicateRow = files.getByRole('listitem').filter({ hasText: DUPLICATE.file });
  await expect(duplicateRow).toContainText('Already uploaded');
  await expect(duplicateRow).toContainText('this exact file is already stored');
  await expect(page.getByRole('status').filter({ hasText: 'All files are done' })).toBeAttached();

  await seeRanking.click();
  await expect(page.getByRole('heading', { level: 1, name: JOB_TITLE })).toBeVisible();
  await expect(page.getByText(/^Showing 1–25 of [\d,]+ candidates\./)).toBeVisible();
  const shown = Number(
    /of ([\d,]+) candidates/
      .exec((await page.getByText(/^Showing 1–25 of/).innerText())!)![1]!
      .replace(/,/g, ''),
  );
  expect(shown).toBeGreaterThanOrEqual(RESUMES.length);
  const seconds = (Date.now() - dropped) / 1000;
  console.log(
    `[workspace] from dropping the .zip of 50 resumes to the ranked list: ${seconds.toFixed(1)} s (${shown} candidates ranked)`,
  );

  // Best first, and a platform engineer leads a platform job.
  const scores = await page
    .getByRole('meter', { name: /^Match score for/ })
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-valuenow'))));
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  // Among the zip's resumes: candidates other specs made visible are ranked for every job too.
  const top = (await tableNames(page)).find((name) => RESUMES.some((r) => r.name === name));
  expect(RESUMES.find((r) => r.name === top)?.profession).toMatch(
    /Platform|Machine Learning|Site Reliability/,
  );

  // The gap overview shows the share of candidates having each required skill, in words as well as bars.
  const gaps = page.getByRole('list', { name: 'Share of candidates with each required skill' });
  await expect(gaps.getByRole('listitem').filter({ hasText: 'Kubernetes' })).toContainText(
    new RegExp(`\\d+ of ${shown} \\(\\d+%\\)`),
  );
});

test('the recruiter filters to Kubernetes and Python, shortlists three and opens the shortlist', async ({
  page,
}) => {
  await page.goto(`/recruiter/jobs/${jobId}`);
  const filters = page.getByRole('form', { name: 'Filter candidates' });
  await filters.getByRole('checkbox', { name: 'Kubernetes', exact: true }).check();
  await filters.getByRole('checkbox', { name: 'Python', exact: true }).check();
  await filters.getByLabel('Per page').selectOption('100');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/skill=Kubernetes&skill=Python/);
  await expect(page.getByText(/matching the filters/)).toBeVisible();

  const names = await tableNames(page);
  const ours = new Set(RESUMES.map((r) => r.name));
  expect(names.filter((n) => ours.has(n)).sort()).toEqual(WITH_K_AND_P.map((r) => r.name).sort());
  // Every row shows both skills among what the candidate has.
  const rows = page.getByRole('region', { name: 'Candidates table' }).locator('tbody tr');
  for (let i = 0; i < (await rows.count()); i++) {
    await expect(rows.nth(i).locator('td').nth(3)).toContainText('Kubernetes');
    await expect(rows.nth(i).locator('td').nth(3)).toContainText('Python');
  }

  for (const name of names.filter((n) => ours.has(n)).slice(0, 3)) {
    await page.getByRole('button', { name: `Shortlist ${name}`, exact: true }).click();
    await expect(
      page.getByRole('button', { name: `Remove from shortlist ${name}`, exact: true }),
    ).toBeVisible();
    shortlisted.push(name);
  }

  await page
    .getByRole('navigation', { name: 'Pipeline' })
    .getByRole('link', { name: 'Shortlist (3)' })
    .click();
  await expect(page).toHaveURL(/status=shortlisted/);
  await expect(page.getByRole('heading', { level: 2, name: 'Shortlist' })).toBeVisible();
  expect((await tableNames(page)).sort()).toEqual([...shortlisted].sort());
});

test('the recruiter finds a candidate by typing the start of their names', async ({ page }) => {
  const someone = RESUMES[7]!;
  const [first, last] = someone.name.split(' ') as [string, string];
  await page.goto(`/recruiter/jobs/${jobId}`);
  const filters = page.getByRole('form', { name: 'Filter candidates' });
  await filters.getByLabel('Search').fill(`${first.toLowerCase()} ${last.slice(0, 4)}`);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  const expected = RESUMES.filter((r) => r.name === someone.name).map((r) => r.name);
  // Among the zip's resumes: other specs upload copies of such resumes under other names.
  const ours = new Set(RESUMES.map((r) => r.name));
  expect((await tableNames(page)).filter((n) => ours.has(n))).toEqual(expected);
  // A word from the middle of a name finds nothing: words match from their start.
  await filters.getByLabel('Search').fill(last.slice(1));
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText(/No candidates match/)).toBeVisible();
});

test('the recruiter exports the shortlist and the filtered list as CSV that parses', async ({ page }) => {
  await page.goto(`/recruiter/jobs/${jobId}?skill=Kubernetes&skill=Python&status=shortlisted`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^platform-engineer-\w+-candidates-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(EXPORT_COLUMNS);
  expect(rows.map((r) => r[1]).sort()).toEqual([...shortlisted].sort());
  for (const row of rows) {
    expect(row).toHaveLength(EXPORT_COLUMNS.length);
    expect(Number(row[0])).toBeGreaterThan(0);
    expect(Number(row[2])).toBeGreaterThanOrEqual(0);
    expect(row[3]).toMatch(/^(strong|partial|weak)$/);
    expect(row[4]).toContain('Kubernetes');
    expect(row[4]).toContain('Python');
    expect(row[7]).toBe('Shortlisted');
  }
  const ranks = rows.map((r) => Number(r[0]));
  expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);

  const res = await page.request.get(`/api/jobs/${jobId}/export.csv?skill=Kubernetes&skill=Python`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^text\/csv/);
  expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="/);
  const all = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
  expect(all.length - 1).toBeGreaterThanOrEqual(WITH_K_AND_P.length);
  expect(all.slice(1).filter((r) => WITH_K_AND_P.some((w) => w.name === r[1]))).toHaveLength(
    WITH_K_AND_P.length,
  );

  // Recruiters only: without a session the export answers 401.
  const anonymous = await page.context().browser()!.newContext({ storageState: ANONYMOUS });
  expect(
    (await anonymous.request.get(new URL(`/api/jobs/${jobId}/export.csv`, page.url()).href)).status(),
  ).toBe(401);
  await anonymous.close();
});

test('the recruiter opens a candidate and reads why: evidence per requirement, highlighted skills, the breakdown', async ({
  page,
}) => {
  const name = shortlisted[0]!;
  const resume = RESUMES.find((r) => r.name === name)!;
  await page.goto(`/recruiter/jobs/${jobId}?status=shortlisted`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${name} for ${JOB_TITLE}`);
  await expect(page.getByText(/^Ranked \d+ of \d+$/)).toBeVisible();

  const requirements = page.getByRole('table', { name: /Each requirement of the posting/ });
  const kubernetes = requirements
    .getByRole('row')
    .filter({ hasText: 'Strong hands-on experience with Kubernetes in production' });
  await expect(kubernetes).toContainText('Covered');
  await expect(kubernetes.locator('blockquote')).toContainText('Kubernetes');
  await expect(page.getByRole('img', { name: 'Score breakdown' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Score breakdown' })).toHaveAccessibleDescription(
    /Requirements covered: \d+% met, [\d.]+ of 20 points\..*Same profession: \d+% met, [\d.]+ of 25 points/,
  );

  const text = page.getByRole('region', { name: 'Resume text' });
  await expect(text.locator('mark', { hasText: 'Kubernetes' }).first()).toBeVisible();
  await expect(text.locator('mark', { hasText: 'Python' }).first()).toBeVisible();
  await expect(text).toContainText(resume.email);

  await page.getByLabel('Status').selectOption('interviewing');
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  // Notes are a timeline: each added with its author and time.
  await page
    .getByLabel('Note', { exact: true })
    .fill('Strong platform background; =SUM(A1) call on Tuesday.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note added.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Status')).toHaveValue('interviewing');
  await expect(page.getByRole('list', { name: 'Notes, newest first' }).getByRole('listitem')).toHaveText([
    /call on Tuesday/,
  ]);

  // Notes reach the export, defused for spreadsheets.
  const csv = parseCsv(
    (await (await page.request.get(`/api/jobs/${jobId}/export.csv?status=interviewing`)).text()).replace(
      /^\uFEFF/,
      '',
    ),
  );
  expect(csv[1]?.[1]).toBe(name);
  expect(csv[1]?.[7]).toBe('Interviewing');
  expect(csv[1]?.[8]).toBe('Strong platform background; =SUM(A1) call on Tuesday.');
});

test('blind review hides names and contact details, and is remembered', async ({ page }) => {
  const name = shortlisted[1]!;
  const resume = RESUMES.find((r) => r.name === name)!;
  await page.goto(`/recruiter/jobs/${jobId}?skill=Kubernetes&skill=Python&size=100`);
  await setBlind(page, true);
  await page.reload();
  await expect(blindSwitch(page)).toHaveAttribute('aria-checked', 'true');
  const names = await tableNames(page);
  expect(names.length).toBeGreaterThanOrEqual(WITH_K_AND_P.length);
  for (const n of names) expect(n).toMatch(/^Candidate #[\w-]{6}$/);
  const table = page.getByRole('region', { name: 'Candidates table' });
  for (const r of WITH_K_AND_P) await expect(table).not.toContainText(r.name.split(' ')[1]!);
  // Experience shows as a band, which does not hint at age as an exact figure does.
  for (const line of await table.locator('tbody tr td:nth-child(2) p').allInnerTexts())
    expect(line).toMatch(/^(Under 2 years|2–5 years|5–10 years|10\+ years|Years not stated)$/);
  expect(
    await page
      .getByRole('form', { name: 'Filter candidates' })
      .getByLabel('Sort by')
      .locator('option')
      .allInnerTexts(),
  ).not.toContain('Name, A to Z');

  // The candidate view shows the stand-in, and the resume text without name, email or phone.
  await page.goto(`/recruiter/jobs/${jobId}?status=shortlisted`);
  await page
    .getByRole('region', { name: 'Candidates table' })
    .locator('tbody tr td:nth-child(2) a')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/^Candidate #[\w-]{6} for /);
  const text = page.getByRole('region', { name: /Resume text/ });
  await expect(text).toContainText('[email]');
  await expect(text).toContainText('[phone]');
  // Graduation years and early job dates are hidden too; the latest role's dates stay.
  const shown = await text.innerText();
  const education = shown.slice(shown.indexOf('Education'));
  expect(education).toContain('[year]');
  expect(education).not.toMatch(/\b(19|20)\d{2}\b/);
  expect(shown).toContain('– 2025');
  for (const r of WITH_K_AND_P) await expect(page.locator('main')).not.toContainText(r.email);
  await expect(page.getByRole('link', { name: 'View the resume' })).toHaveCount(0);

  // The export follows blind review too.
  const csv = parseCsv(
    (await (await page.request.get(`/api/jobs/${jobId}/export.csv?status=shortlisted`)).text()).replace(
      /^\uFEFF/,
      '',
    ),
  );
  for (const row of csv.slice(1)) expect(row[1]).toMatch(/^Candidate #/);
  expect(csv.slice(1).map((r) => r[1])).not.toContain(name);
  expect(resume).toBeTruthy();

  await setBlind(page, false);
  await page.goto(`/recruiter/jobs/${jobId}?status=shortlisted`);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
});

test('closing the job takes it off the candidate side, and reopening brings it back', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const candidate = await browser.newContext({
    baseURL,
    storageState: ANONYMOUS,
    extraHTTPHeaders: { 'x-forwarded-for': `workspace-${RUN}` },
  });
  const mine = await uploadResume(
    candidate.request,
    'platform-candidate.txt',
    RESUMES[1]!.text
      .replace(RESUMES[1]!.email, `late.${RUN}@example.com`)
      .replace('+1 555 0101', '+1 555 0199'),
  );
  const jobIds = async () =>
    (
      (
        await (
          await candidate.request.get(`/api/resumes/${mine.id}/matches`, {
            headers: { authorization: `Bearer ${mine.token}` },
          })
        ).json()
      ).matches as { jobId: string }[]
    ).map((m) => m.jobId);
  expect(await jobIds()).toContain(jobId);

  await page.goto(`/recruiter/jobs/${jobId}`);
  await page.getByRole('button', { name: 'Close job' }).click();
  await expect(page.getByText('This job is closed')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Upload resumes' })).toHaveCount(0);
  expect(await jobIds()).not.toContain(jobId);
  const results = await candidate.newPage();
  await results.goto(`/candidate/r/${mine.token}`);
  await expect(results.getByRole('heading', { name: 'Your matches' })).toBeVisible();
  await expect(results.getByRole('link', { name: JOB_TITLE, exact: true })).toHaveCount(0);
  expect((await results.goto(`/candidate/r/${mine.token}/jobs/${jobId}`))?.status()).toBe(404);
  // A bulk upload to a closed job is refused with what to do.
  const refused = await page.request.post(`/api/jobs/${jobId}/uploads`, {
    multipart: { file: { name: 'late.txt', mimeType: 'text/plain', buffer: Buffer.from(RESUMES[2]!.text) } },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error).toMatch(/Reopen it/);

  // A resume arriving while the job is closed is ranked for it once it reopens.
  const late = await uploadResume(
    candidate.request,
    'arrived-while-closed.txt',
    RESUMES[5]!.text.replace(RESUMES[5]!.email, `closed.${RUN}@example.com`),
  );
  await page.getByRole('button', { name: 'Reopen job' }).click();
  await expect(page.getByRole('button', { name: 'Close job' })).toBeVisible();
  await expect(page.getByText('This job is closed')).toHaveCount(0);
  expect(await jobIds()).toContain(jobId);
  await results.goto(`/candidate/r/${mine.token}`);
  await expect(results.getByRole('link', { name: JOB_TITLE, exact: true })).toBeVisible();
  const lateMatches = (
    await (
      await candidate.request.get(`/api/resumes/${late.id}/matches`, {
        headers: { authorization: `Bearer ${late.token}` },
      })
    ).json()
  ).matches as {
    jobId: string;
  }[];
  expect(lateMatches.map((m) => m.jobId)).toContain(jobId);
  await candidate.close();
});

test('editing the job ranks the candidates again', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/recruiter/jobs/${jobId}`);
  const before = (await tableNames(page)).find((n) => RESUMES.some((r) => r.name === n));
  expect(before).toBeDefined();
  expect(RESUMES.find((r) => r.name === before)?.profession).not.toBe('Data Scientist');

  await page.getByRole('link', { name: 'Edit job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit job' })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue(JOB_TITLE);
  await page.getByLabel('Title').fill(`Data Scientist ${RUN}`);
  await page.getByLabel('Description').fill(DATA_POSTING);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Data Scientist ${RUN}` })).toBeVisible();
  // Scored again within the save's wait, or else in the background while the page shows the progress and refreshes.
  await expect(
    page
      .getByText(/candidates were scored again against the new posting/)
      .or(page.getByText('Ranking the candidates for this posting')),
  ).toBeVisible();
  await expect(page.getByText('Ranking the candidates for this posting')).toHaveCount(0, {
    timeout: 120_000,
  });

  // Among the zip's resumes: another spec uploads copies of such resumes under other names.
  const after = (await tableNames(page)).filter((n) => RESUMES.some((r) => r.name === n));
  expect(RESUMES.find((r) => r.name === after[0])?.profession).toBe('Data Scientist');
  const filters = page.getByRole('form', { name: 'Filter candidates' });
  await expect(filters.getByRole('checkbox', { name: 'Kubernetes', exact: true })).toHaveCount(0);
  await expect(filters.getByRole('checkbox', { name: 'Statistics', exact: true })).toBeVisible();
  // The pipeline survives the edit.
  await expect(
    page.getByRole('navigation', { name: 'Pipeline' }).getByRole('link', { name: 'Shortlist (2)' }),
  ).toBeVisible();
});

test('on a phone every workspace page fits the screen, and the keyboard alone shortlists', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/recruiter/jobs/${jobId}`);
  const candidateHref = await page
    .getByRole('region', { name: 'Candidates table' })
    .locator('tbody tr td:nth-child(2) a')
    .first()
    .getAttribute('href');
  for (const path of [
    `/recruiter/jobs/${jobId}`,
    candidateHref!,
    `/recruiter/jobs/${jobId}/upload`,
    `/recruiter/jobs/${jobId}/edit`,
  ]) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is wider than the phone`).toBeLessThanOrEqual(390);
  }

  // The ranking stacks into cards rather than scrolling sideways.
  await page.goto(`/recruiter/jobs/${jobId}`);
  const table = page.getByRole('region', { name: 'Candidates table' });
  expect(await table.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  await expect(table.locator('tbody tr').first()).toContainText('Missing required');

  await page.goto(`/recruiter/jobs/${jobId}?status=new`);
  const button = page.getByRole('button', { name: /^Shortlist / }).first();
  const name = ((await button.getAttribute('aria-label')) ?? (await button.innerText())).replace(
    /^Shortlist\s+/,
    '',
  );
  await button.focus();
  // Wait for the server action's answer before leaving: navigating at once can cancel it.
  // (With or without hydration, the form posts to this page.)
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().includes(`/recruiter/jobs/${jobId}`),
  );
  await page.keyboard.press('Enter');
  expect((await saved).ok()).toBe(true);
  await page.goto(`/recruiter/jobs/${jobId}?status=shortlisted`);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
});
