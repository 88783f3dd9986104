import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { ANONYMOUS, uploadResume } from './helpers';

// The candidate's tools beyond the anchors, walked as a candidate walks them through their private link: the postings
// they compared, kept and reopened; the keyword table; the parse check; a long report that folds; the home page; and
// the whole journey by keyboard alone. Every new page state passes axe at desktop and phone widths.

test.use({ storageState: ANONYMOUS });

const WIDTHS = [1280, 390] as const;

/**
 * Axe's WCAG 2.1 A/AA rules on the page as it stands, at both widths; a screenshot of each (of `focus` when given)
 * for review.
 */
async function checkState(page: Page, name: string, testInfo: TestInfo, focus?: Locator): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, `${name} at ${width} px`).toEqual([]);
    if (testInfo.repeatEachIndex === 0) {
      const path = `/tmp/candidate-flows-shots/${name}-${width}.png`;
      if (focus) await focus.screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const RESUME = `Lena Fischer
lena.fischer.kw@example.com · +49 30 1234567 · Berlin, Germany
Data engineer with five years of Python and SQL.
Experience
2020–2025 Data Engineer, Nordwind GmbH: built Python ETL jobs on Airflow; tuned SQL queries on PostgreSQL; wrote python tests.
2018–2020 Analyst, Bergbau AG: SQL reports in Tableau.
Education
BSc Computer Science, TU Berlin, 2018
Skills
Python, SQL, Airflow, PostgreSQL, Tableau`;

const POSTING = `We build data pipelines in Python and SQL for a logistics marketplace.
Requirements
- 4+ years of Python
- Strong SQL
- Kubernetes (K8s) in production; you will deploy services to K8s
Nice to have
- Snowflake`;

async function compare(page: Page, title: string, description: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('textbox', { name: 'Description' }).fill(description);
  await page.getByRole('button', { name: 'Compare with my resume' }).click();
  await expect(
    page.getByRole('region', { name: new RegExp(`^Your fit for ${title}: \\d+/100$`) }),
  ).toBeVisible();
}

/** The keyword table's row for a term. */
function keywordRow(page: Page, term: string) {
  return page
    .getByRole('table', { name: /^Each term of the posting/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${term}( counted as|$)`) }) });
}

test('the postings a candidate compared are kept under the link: listed, reopened, removed, and in My data', async ({
  page,
  request,
}, testInfo) => {
  const { token } = await uploadResume(request, `history-${Date.now()}.txt`, RESUME, 'private');
  const link = `/candidate/r/${token}`;
  await page.goto(`${link}/compare`);
  const history = page.getByRole('region', { name: 'Postings you compared' });
  await expect(history).toContainText('None yet');
  await expect(page.getByText('The posting is not saved')).toHaveCount(0);

  await compare(page, 'Platform Data Engineer', POSTING);
  await compare(
    page,
    'Analytics Engineer',
    `Analytics engineering with SQL and dbt.\nRequirements\n- SQL\n- dbt`,
  );
  // Newest first, each with its score and date.
  const entries = history.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Analytics Engineer');
  await expect(entries.nth(1)).toContainText('Platform Data Engineer');
  for (const entry of await entries.all()) {
    await expect(entry).toContainText(/\d+\/100/);
    await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  }
  const listedScore = (await entries.nth(1).innerText()).match(/(\d+)\/100/)![1];
  await checkState(page, 'compare-history', testInfo);

  // An entry opens its report again, recomputed from the kept text.
  await entries.nth(1).getByRole('link', { name: 'Platform Data Engineer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Platform Data Engineer' })).toBeVisible();
  await expect(page.getByText(`scored ${listedScore}/100.`)).toBeVisible();
  const report = page.getByRole('region', {
    name: `Your fit for Platform Data Engineer: ${listedScore}/100`,
  });
  await expect(report).toBeVisible();
  await expect(report.getByRole('region', { name: 'How to close the gap', exact: true })).toContainText(
    'Kubernetes',
  );
  await checkState(page, 'compare-reopened', testInfo);

  // Removed one by one.
  await page.getByRole('link', { name: 'All postings you compared' }).click();
  await history.getByRole('button', { name: 'Remove Analytics Engineer' }).click();
  await expect(history.getByRole('status')).toHaveText('Removed “Analytics Engineer” from your history.');
  await expect(history.getByRole('heading', { name: 'Postings you compared' })).toBeFocused();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Platform Data Engineer');
  await page.reload();
  await expect(entries).toHaveCount(1);

  // My data lists what is kept, and the link opens it.
  await page.goto(`${link}/data`);
  const stored = page.getByRole('region', { name: 'What is stored', exact: true });
  await expect(stored).toContainText('Postings you compared');
  await expect(stored.getByRole('link', { name: 'Platform Data Engineer' })).toBeVisible();
  await expect(stored.getByRole('link', { name: 'Analytics Engineer' })).toHaveCount(0);
  await checkState(page, 'data-compared', testInfo);

  // Another link cannot open it.
  const other = await uploadResume(request, `history-other-${Date.now()}.txt`, RESUME, 'private');
  const href = await stored.getByRole('link', { name: 'Platform Data Engineer' }).getAttribute('href');
  const foreign = await page.goto(href!.replace(token, other.token));
  expect(foreign?.status()).toBe(404);
});

test('the keyword table counts each term of a posting in the posting and in the resume, and marks what is missing', async ({
  page,
  request,
}, testInfo) => {
  const { id, token } = await uploadResume(request, `keywords-${Date.now()}.txt`, RESUME, 'private');
  const link = `/candidate/r/${token}`;

  // A pasted posting: every count is known.
  await page.goto(`${link}/compare`);
  await compare(page, 'Senior Data Engineer', POSTING);
  // Folded until opened.
  const table = page.getByRole('table', { name: /^Each term of the posting/ });
  await expect(table).toBeHidden();
  await page.getByText('Keywords', { exact: true }).click();
  await expect(table).toBeVisible();
  const expectRow = async (term: string, kind: string, inPosting: string, inResume: string) => {
    const cells = keywordRow(page, term).getByRole('cell');
    // A missing term reads "✕ 0 · missing" (the mark is hidden from screen readers, which read the words).
    await expect(cells).toHaveText([kind, inPosting, inResume === 'missing' ? /^✕ 0 · missing$/ : inResume]);
  };
  await expectRow('Python', 'Required skill', '2', '4');
  await expectRow('SQL', 'Required skill', '2', '4');
  // Every way of writing the skill counts: "Kubernetes" once and "K8s" twice.
  await expect(keywordRow(page, 'Kubernetes').getByRole('rowheader')).toContainText('“Kubernetes”, “K8s”');
  await expectRow('Kubernetes', 'Required skill', '3', 'missing');
  await expectRow('Snowflake', 'Nice-to-have skill', '1', 'missing');
  await checkState(page, 'compare-keywords', testInfo, page.locator('details', { has: table }));

  // A board job: the same table on its match page.
  const { matches } = (await (
    await request.get(`/api/resumes/${id}/matches?limit=500`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).json()) as { matches: { jobId: string; title: string }[] };
  const analyst = matches.find((m) => m.title === 'Data Analyst')!;
  await page.goto(`${link}/jobs/${analyst.jobId}`);
  await page.getByText('Keywords', { exact: true }).click();
  await expectRow('SQL', 'Required skill', '2', '4');
  await expectRow('Tableau', 'Required skill', '2', '2');
  await expectRow('Snowflake', 'Nice-to-have skill', '1', 'missing');
  await checkState(page, 'job-keywords', testInfo, page.locator('details', { has: table }));
});
