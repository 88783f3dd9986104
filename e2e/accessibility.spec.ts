import { expect, test, type Page } from '@playwright/test';
import { ANONYMOUS, RECRUITER_STATE, uploadResume, seriousViolations } from './helpers';

// Every page, run through axe-core's WCAG 2.x A and AA rules at desktop and phone widths: no serious or critical
// violation. Pages are opened as their users open them: the candidate's through their private link, signed out; the
// recruiter's signed in.

const RESUME = `Maya Okafor
maya.okafor.axe@example.com · +44 20 7946 0123 · London
Data analyst with six years of SQL, Python and Tableau: dashboards, forecasting and A/B tests for a retail chain.
Experience
2019–2025 Data Analyst, Northwind Retail: built Tableau dashboards on Snowflake; wrote Python ETL jobs.
Education
BSc Mathematics, University of Leeds`;

const WIDTHS = [1280, 390] as const;

async function expectNoSeriousViolations(page: Page, path: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    const serious = await seriousViolations(page);
    expect(serious, `${path} at ${width} px`).toEqual([]);
  }
}

let resume: { id: string; token: string };
let jobId: string;

test.beforeAll(async ({ playwright, baseURL }) => {
  // As the recruiter whatever the first test's storage state: the job list needs a sign-in.
  const request = await playwright.request.newContext({ baseURL, storageState: RECRUITER_STATE });
  resume = await uploadResume(request, `axe-${Date.now()}.txt`, RESUME);
  const { jobs } = (await (await request.get('/api/jobs')).json()) as { jobs: { id: string }[] };
  jobId = jobs[0]!.id;
  await request.dispose();
});

test.describe('signed out', () => {
  test.use({ storageState: ANONYMOUS });

  test('the home, upload and sign-in pages', async ({ page }) => {
    for (const path of ['/', '/candidate', '/login']) await expectNoSeriousViolations(page, path);
  });

  test('every page of a candidate’s private link', async ({ page }) => {
    const base = `/candidate/r/${resume.token}`;
    for (const path of [base, `${base}/jobs/${jobId}`, `${base}/report`, `${base}/compare`, `${base}/data`])
      await expectNoSeriousViolations(page, path);

    // A posting compared through the link, reopened from its history.
    await page.goto(`${base}/compare`);
    await page.getByRole('textbox', { name: 'Title' }).fill('Retail Data Analyst');
    await page
      .getByRole('textbox', { name: 'Description' })
      .fill(
        'Requirements\n- SQL and Tableau dashboards\n- Python for forecasting\nNice to have\n- Snowflake',
      );
    await page.getByRole('button', { name: 'Compare with my resume' }).click();
    const reopen = page.getByRole('region', { name: 'Postings you compared' }).getByRole('link', {
      name: 'Retail Data Analyst',
    });
    await expect(reopen).toBeVisible();
    await expectNoSeriousViolations(page, (await reopen.getAttribute('href'))!);
  });
});

test('every recruiter page', async ({ page }) => {
  const job = `/recruiter/jobs/${jobId}`;
  for (const path of [
    '/recruiter/jobs',
    job,
    `${job}/edit`,
    `${job}/upload`,
    `${job}/candidates/${resume.id}`,
    `/recruiter/resumes/${resume.id}`,
    '/recruiter/upload',
    '/recruiter/team',
    '/recruiter/tokens',
    '/recruiter/account',
  ])
    await expectNoSeriousViolations(page, path);
});

test('a mistyped address, and a job’s list under a stage, a sort and a minimum score', async ({ page }) => {
  // The not-found page is a page too; the list filtered shows another tab current and a filter active (maybe empty).
  for (const path of ['/no-such-page', `/recruiter/jobs/${jobId}?status=shortlisted&sort=name&min=10`])
    await expectNoSeriousViolations(page, path);
  await expect(
    page.getByRole('navigation', { name: 'Pipeline' }).getByRole('link', { name: /^Shortlist/ }),
  ).toHaveAttribute('aria-current', 'page');
});
