import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { ANONYMOUS, seriousViolations, uploadResume } from './helpers';

// The recruiter's flow as a new user walks it: the Jobs page's upload opens a job's bulk upload, and a job's page
// starts with its candidates.

test('"Upload resumes" on the Jobs page asks which job, then opens that job’s bulk upload', async ({
  page,
}) => {
  await page.goto('/recruiter/jobs');
  await page.getByRole('link', { name: 'Upload resumes', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upload resumes' })).toBeVisible();
  const job = page.getByLabel('Job');
  const title = (await job.locator('option').first().innerText()).split(' · ')[0]!.trim();
  await job.selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Continue to the upload' }).click();
  await expect(page).toHaveURL(/\/recruiter\/jobs\/[\w-]+\/upload$/);
  await expect(page.getByRole('heading', { level: 1, name: `Upload resumes for ${title}` })).toBeVisible();
  await expect(page.getByLabel('Resumes or a .zip of resumes')).toBeAttached();

  // One file through it: its progress bars are drawn like the rest of the app, not the browser's own grey and green.
  await page.getByLabel('Resumes or a .zip of resumes').setInputFiles({
    name: `picked-job-${Date.now()}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(
      `Ines Moreau\nines.${Date.now()}@example.com\nData analyst: SQL, Tableau and Python dashboards for a retail chain.`,
    ),
  });
  const overall = page.getByRole('progressbar', { name: 'Overall' });
  await expect(overall).toBeVisible();
  expect(await overall.evaluate((el) => getComputedStyle(el).appearance)).toBe('none');
  await expect(page.getByRole('link', { name: 'See the ranked candidates' })).toBeVisible();
});

test('a job’s page lists its candidates before the skill chart and the posting, and its sort reads whole', async ({
  page,
}) => {
  await page.goto('/recruiter/jobs');
  await page.locator('a[href^="/recruiter/jobs/"]').first().click();
  await expect(page).toHaveURL(/\/recruiter\/jobs\/[\w-]+$/);
  const top = async (name: string | RegExp) =>
    (await page.getByRole('heading', { level: 2, name }).boundingBox())!.y;
  const candidates = await top(/^(Ranked candidates|Shortlist)$/);
  expect(candidates).toBeLessThan(await top('Required skills among the candidates'));
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // On a phone the filters are folded: open them.
    if (width === 390)
      await page
        .locator('summary')
        .filter({ hasText: /^Filters/ })
        .click();
    // The sort select is wide enough for its longest choice (its text is measured in the select's own font).
    const fits = await page.getByLabel('Sort by').evaluate((el) => {
      const select = el as HTMLSelectElement;
      const style = getComputedStyle(select);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const longest = Math.max(...[...select.options].map((o) => ctx.measureText(o.text).width));
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      return { longest, room };
    });
    expect(fits.room, `at ${width} px`).toBeGreaterThanOrEqual(fits.longest);
    // …and stays inside the filter form.
    const form = (await page.getByRole('form', { name: 'Filter candidates' }).boundingBox())!;
    for (const label of ['Sort by', 'Per page']) {
      const box = (await page.getByLabel(label).boundingBox())!;
      expect(box.x + box.width, `${label} at ${width} px`).toBeLessThanOrEqual(form.x + form.width);
    }
  }
});

test.describe('a candidate’s private link', () => {
  test.use({ storageState: ANONYMOUS });

  test('can be copied, or sent to oneself by email, from the results page', async ({
    page,
    context,
    request,
  }, testInfo) => {
    const { token } = await uploadResume(
      request,
      `link-${testInfo.repeatEachIndex}.txt`,
      `Noor Haddad\nnoor.${Date.now()}@example.com\nPayroll specialist: ADP payroll for 300 staff, quarterly payroll tax filings, Excel reconciliations.`,
    );
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/candidate/r/${token}`);
    const link = new URL(`/candidate/r/${token}`, page.url()).toString();
    const email = page.getByRole('link', { name: 'Email me this link' });
    await expect(email).toHaveAttribute('href', new RegExp(`body=.*${encodeURIComponent(link)}`));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });
});

// On a phone a job's page folds its filters and starts its list on the first screen; a long email wraps in the
// candidate column instead of widening the page. One resume of the test's own, found by a word only it has.
const PHONE = { width: 390, height: 900 } as const;
const DESKTOP = { width: 1280, height: 900 } as const;

async function longEmailCandidate(request: APIRequestContext, run: string) {
  // Long in its domain: a local part stays within the 64 characters an address may have there.
  const email = `alexandra.konstantinopoulou.${run}@northwind-retail-analytics-and-reporting-consulting-group.example.com`;
  const { id } = await uploadResume(
    request,
    `long-email-${run}.txt`,
    `Alexandra Konstantinopoulou\n${email} · +44 20 7946 0999 · London, UK\nData Analyst\n\nSummary\nData analyst (${run}) with seven years of SQL, Python and Tableau dashboards.\n\nExperience\nData Analyst, Northwind Retail — 2018 – 2025\n- Built Tableau dashboards on SQL models; wrote Python ETL jobs.`,
  );
  const { jobs } = (await (await request.get('/api/jobs')).json()) as {
    jobs: { id: string; title: string }[];
  };
  const job = jobs.find((j) => j.title === 'Data Analyst') ?? jobs[0]!;
  return { id, email, jobId: job.id };
}

/** The page does not scroll sideways, and neither does `region` (a table's scroll box) when given. */
async function expectNoSidewaysScroll(page: Page, what: string, region?: Locator): Promise<void> {
  const page_ = await page.evaluate(() => {
    const el = document.scrollingElement!;
    return { scroll: el.scrollWidth, client: el.clientWidth };
  });
  expect(page_.scroll, `${what}: the page's width`).toBeLessThanOrEqual(page_.client);
  if (region) {
    const box = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.scroll, `${what}: the table's width`).toBeLessThanOrEqual(box.client);
  }
}

test('on a phone the filters fold under “Filters (n active)” and the list starts on the first screen; a desktop keeps them open', async ({
  page,
  request,
}, testInfo) => {
  const run = `pf${testInfo.repeatEachIndex}x${Date.now().toString(36)}`;
  const { jobId } = await longEmailCandidate(request, run);
  const form = page.getByRole('form', { name: 'Filter candidates' });
  const summary = page.locator('summary').filter({ hasText: /^Filters/ });
  const firstRow = page.getByRole('region', { name: 'Candidates table' }).locator('tbody tr').first();

  await page.setViewportSize(PHONE);
  await page.goto(`/recruiter/jobs/${jobId}`);
  await expect(summary).toHaveText(/^Filters \(none active\)/);
  await page.goto(`/recruiter/jobs/${jobId}?q=${run}`);
  await expect(summary).toHaveText(/^Filters \(1 active\)/);
  await expect(form.getByLabel('Search')).toBeHidden();
  // The first candidate starts within the first screen, their name on it.
  await page.evaluate(() => window.scrollTo(0, 0));
  const top = (await firstRow.boundingBox())!.y;
  expect(top, 'the first row’s top at 390 px').toBeLessThan(PHONE.height);
  await expect(firstRow.getByRole('link', { name: 'Alexandra Konstantinopoulou' })).toBeInViewport();
  // Opened from its summary, the filters show what is applied.
  await summary.click();
  await expect(form.getByLabel('Search')).toBeVisible();
  await expect(form.getByLabel('Search')).toHaveValue(run);
  expect(await seriousViolations(page)).toEqual([]);

  // On a desktop the filters are open with no summary to fold them.
  await page.setViewportSize(DESKTOP);
  await page.reload();
  await expect(summary).toBeHidden();
  await expect(form.getByLabel('Search')).toBeVisible();
  await expect(form.getByLabel('Search')).toHaveValue(run);
  await expect(firstRow).toContainText('Alexandra Konstantinopoulou');
});

test('a long email wraps inside the candidate column, on the rows and on the candidate’s page, at 1280 and 390 px', async ({
  page,
  request,
}, testInfo) => {
  const run = `pe${testInfo.repeatEachIndex}x${Date.now().toString(36)}`;
  const { id, email, jobId } = await longEmailCandidate(request, run);
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await page.goto(`/recruiter/jobs/${jobId}?q=${run}`);
    const table = page.getByRole('region', { name: 'Candidates table' });
    const row = table.locator('tbody tr').first();
    await expect(row).toContainText(email);
    await expectNoSidewaysScroll(page, `the list at ${size.width} px`, table);
    const cell = row.getByRole('cell').filter({ hasText: email });
    const shown = row.getByText(email, { exact: true });
    const [cellBox, emailBox] = [(await cell.boundingBox())!, (await shown.boundingBox())!];
    expect(emailBox.x + emailBox.width, `the email within its cell at ${size.width} px`).toBeLessThanOrEqual(
      cellBox.x + cellBox.width + 0.5,
    );

    await page.goto(`/recruiter/jobs/${jobId}/candidates/${id}`);
    const details = page.locator('dl[aria-label="Candidate details"]');
    const link = details.getByRole('link', { name: email });
    await expect(link).toHaveAttribute('href', `mailto:${email}`);
    await expectNoSidewaysScroll(page, `the candidate's page at ${size.width} px`);
    const [dlBox, linkBox] = [(await details.boundingBox())!, (await link.boundingBox())!];
    expect(linkBox.x + linkBox.width, `the email within the details at ${size.width} px`).toBeLessThanOrEqual(
      dlBox.x + dlBox.width + 0.5,
    );
  }
});
