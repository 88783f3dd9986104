import { expect, test } from '@playwright/test';
import { ANONYMOUS, uploadResume } from './helpers';

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
