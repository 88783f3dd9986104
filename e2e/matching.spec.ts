import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixture, skillGroup } from './helpers';

// One story, in order: a recruiter posts a job, a candidate uploads, both see the same ranking explained.
test.describe.configure({ mode: 'serial' });

const JOB_TITLE = 'Machine Learning Engineer (Hybrid)';
/** The resume the candidate uploads below, followed to the recruiter's side (other specs upload the same file). */
let uploadedId = '';

test('the landing page sends candidates and recruiters their way', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: /upload your resume/i })
    .first()
    .click();
  await expect(page.getByLabel('Upload your resume')).toBeVisible();
  await page.goto('/');
  await page
    .getByRole('link', { name: /post jobs/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/recruiter/);
});

test('a recruiter adds a job by pasting its text and sees its required skills', async ({ page }) => {
  await page.goto('/recruiter/jobs');
  await page.getByLabel('Title').fill(JOB_TITLE);
  await page.getByLabel('Company (optional)').fill('Hybrid Labs');
  await page
    .getByLabel('Description')
    .fill(fs.readFileSync(fixture('posting-ml-engineer-hybrid.txt'), 'utf8'));
  await page.getByRole('button', { name: 'Add job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: JOB_TITLE })).toBeVisible();
  await expect(page.getByText('Kubernetes').first()).toBeVisible();
  await expect(page.getByText('MLflow').first()).toBeVisible();
});

test('a candidate uploads a PDF and sees every job ranked, with Kubernetes and MLflow missing', async ({
  page,
}) => {
  await page.goto('/candidate');
  const uploaded = page.waitForResponse(
    (r) => r.url().endsWith('/api/resumes') && r.request().method() === 'POST',
  );
  // Recruiters see the resume only when the candidate says so (the next test is the recruiter's side).
  await page.getByRole('radio', { name: 'Visible to recruiters on this Rolefit' }).check();
  await page.getByLabel('Upload your resume').setInputFiles(fixture('resume-ml-engineer.pdf'));
  uploadedId = ((await (await uploaded).json()) as { id: string }).id;
  await page.waitForURL(/\/candidate\/r\/[\w-]+$/);
  await expect(page.getByRole('heading', { name: 'Your matches' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Open jobs, best match first' })).toBeVisible({
    timeout: 90_000,
  });

  const cards = page.locator('ol li', { has: page.getByRole('heading', { level: 3 }) });
  // Every recruiter's open jobs are public postings to candidates (nothing closes a job yet, so all jobs are open).
  const openJobs = (await (await page.request.get('/api/health')).json()).jobs as number;
  // 20 jobs a page: the best ones first, the rest a "Next page" away.
  const shown = Math.min(openJobs, 20);
  await expect(cards).toHaveCount(shown);
  const scores = await page
    .getByRole('meter')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-valuenow'))));
  expect(scores.length).toBe(shown);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);

  const card = cards.filter({ has: page.getByRole('link', { name: JOB_TITLE, exact: true }) });
  const missing = skillGroup(card, 'Missing required');
  await expect(missing.getByText('Kubernetes')).toBeVisible();
  await expect(missing.getByText('MLflow')).toBeVisible();
  await expect(skillGroup(card, 'Matched').getByText('Python')).toBeVisible();

  // An ML resume should rank the ML jobs above the nurse and the teacher. Jobs other specs posted may push those two
  // past the first page, which ranks them lower still.
  const titles = await cards.getByRole('heading', { level: 3 }).allInnerTexts();
  const rankOf = (re: RegExp) => {
    const at = titles.findIndex((t) => re.test(t));
    return at < 0 ? titles.length : at;
  };
  expect(rankOf(/Machine Learning/)).toBeLessThan(titles.length);
  expect(rankOf(/Machine Learning/)).toBeLessThan(rankOf(/Nurse/));
  expect(rankOf(/Machine Learning/)).toBeLessThan(rankOf(/Teacher/));

  await card.getByRole('link', { name: /see why/i }).click();
  await expect(page.getByRole('heading', { name: /requirements/i }).first()).toBeVisible();
  await expect(page.getByText(/not found in the resume/i).first()).toBeVisible();
});

test('the recruiter sees the candidate ranked for the job and opens why', async ({ page }) => {
  await page.goto('/recruiter/jobs');
  await page.getByRole('link', { name: JOB_TITLE }).click();
  expect(uploadedId).not.toBe('');
  const candidate = page
    .getByRole('link', { name: /Jordan Lee/ })
    .and(page.locator(`[href$="/candidates/${uploadedId}"]`));
  await expect(candidate).toBeVisible();
  await candidate.click();
  await expect(page.getByRole('heading', { name: /requirements/i }).first()).toBeVisible();
  await expect(skillGroup(page, 'Missing required').getByText('Kubernetes')).toBeVisible();
});

test('a corrupt upload shows what to do and the app keeps working', async ({ page }) => {
  await page.goto('/candidate');
  await page.getByLabel('Upload your resume').setInputFiles(fixture('corrupt.pdf'));
  await expect(
    page.getByRole('alert').filter({ hasText: /could not be read|damaged|corrupt/i }),
  ).toBeVisible();

  await page.getByLabel('Upload your resume').setInputFiles(fixture('resume-accountant.txt'));
  await page.waitForURL(/\/candidate\/r\/[\w-]+$/);
  await expect(page.getByRole('heading', { name: 'Open jobs, best match first' })).toBeVisible({
    timeout: 90_000,
  });
  const titles = await page.locator('ol li h3').allInnerTexts();
  expect(titles[0]).toMatch(/Accountant/);
});
