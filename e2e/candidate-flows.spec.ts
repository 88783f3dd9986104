import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import fs from 'node:fs';
import { ANONYMOUS, fixture, skillGroup, uploadResume, seriousViolations } from './helpers';

// The candidate's tools beyond the anchors, walked as a candidate walks them through their private link: the postings
// they compared, kept and reopened; the keyword table; the parse check; a long report that folds; the home page; and
// the whole journey by keyboard alone. Every new page state passes axe at desktop and phone widths.

test.use({ storageState: ANONYMOUS });
// Each test runs axe at two widths on several page states and scores with the real model: on a loaded two-core
// machine that takes over a minute, past the 2-minute default once in ~80 runs (the one failure of a repeat run).
test.describe.configure({ timeout: 300_000 });

const WIDTHS = [1280, 390] as const;

/**
 * Axe's WCAG 2.1 A/AA rules on the page as it stands, at both widths; a screenshot of each for review. `part` (a CSS
 * selector) is a fold just opened on a page whose whole was checked already, here or in accessibility.spec.ts: the
 * check and the screenshot keep to it, since axe on a whole long page is most of a test's time on a busy machine.
 */
async function checkState(page: Page, name: string, testInfo: TestInfo, part?: string): Promise<void> {
  if (part) await expect(page.locator(part)).toHaveAttribute('open', '');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const serious = await seriousViolations(page, part);
    expect(serious, `${name} at ${width} px`).toEqual([]);
    if (testInfo.repeatEachIndex === 0) {
      const path = `/tmp/candidate-flows-shots/${name}-${width}.png`;
      if (part) await page.locator(part).screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The fold (a <details>) whose summary holds the heading with this id. */
const fold = (headingId: string) => `details:has(#${headingId})`;

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
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${term}( counted as| asked as|$)`) }) });
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
  await expect(page.getByText(/^Compared on .+ UTC\.$/)).toBeVisible();
  const report = page.getByRole('region', {
    name: `Your fit for Platform Data Engineer: ${listedScore}/100`,
  });
  await expect(report).toBeVisible();
  // Once on the page, in the verdict beside its band (the meter under it reads it out without a second number).
  expect((await page.locator('main').innerText()).match(/\d+\/100/g)).toEqual([`${listedScore}/100`]);
  await expect(report.getByRole('meter', { name: 'Match score' })).toHaveAttribute(
    'aria-valuetext',
    `${listedScore}/100`,
  );
  await expect(report).toContainText(/(Strong|Partial|Weak) match/);
  await expect(report.getByRole('heading', { name: 'Top gaps' })).toBeVisible();
  await expect(report.getByRole('region', { name: 'How to close the gap', exact: true })).toContainText(
    'Kubernetes',
  );
  await checkState(page, 'compare-reopened', testInfo);
  // Its long sections fold as on a board job's page, and open from their summary.
  const requirements = report.getByRole('table', { name: /^Each requirement of the posting/ });
  await expect(requirements).toBeHidden();
  for (const title of ['Requirements', 'How the score breaks down', 'Keywords'])
    await expect(
      report.locator('details:not([open]) > summary').getByRole('heading', { name: title }),
    ).toBeVisible();
  await report.locator('summary', { has: page.getByRole('heading', { name: 'Requirements' }) }).click();
  await expect(requirements.getByRole('row')).not.toHaveCount(0);

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
  await checkState(page, 'compare-keywords', testInfo, fold('comparison-keywords-heading'));

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
  // 'Exposure to Snowflake or BigQuery' is one ask: each term says so, as the gaps do.
  await expect(keywordRow(page, 'Snowflake').getByRole('rowheader')).toContainText(
    'asked as one of Snowflake or BigQuery',
  );
  await expectRow('Snowflake', 'Nice-to-have skill', '1', 'missing');
  await checkState(page, 'job-keywords', testInfo, fold('keywords-heading'));
});

/** Uploads a fixture file as a candidate would and waits for its analysis (uploadResume sends text only). */
async function uploadFixture(
  request: import('@playwright/test').APIRequestContext,
  name: string,
  mimeType: string,
): Promise<{ id: string; token: string }> {
  const res = await request.post('/api/resumes', {
    multipart: {
      file: { name: `${Date.now()}-${name}`, mimeType, buffer: fs.readFileSync(fixture(name)) },
      visibility: 'private',
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
          ).json()) as { status: string }
        ).status,
      { timeout: 90_000 },
    )
    .toBe('ready');
  return { id, token };
}

/** One check of the parse check, by its title. */
function parseItem(page: Page, title: string): Locator {
  return page
    .getByRole('group')
    .filter({ has: page.getByRole('heading', { name: 'Parse check' }) })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}

test('the results page checks how a parser reads the resume: contact, sections, dates and layout, each with what to do', async ({
  page,
  request,
}, testInfo) => {
  // The DOCX fixture keeps its contact line in the page header, as many templates do.
  const docx = await uploadFixture(
    request,
    'resume-ml-engineer.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  await page.goto(`/candidate/r/${docx.token}`);
  const summary = page.getByRole('heading', { name: 'Parse check' });
  await expect(summary).toBeVisible();
  // Something needs fixing, so it is open from the start.
  await expect(parseItem(page, 'Contact details')).toBeVisible();
  await expect(parseItem(page, 'Contact details')).toContainText('Looks fine');
  await expect(parseItem(page, 'Contact details')).toContainText('Email: jordan.lee@example.com');
  await expect(parseItem(page, 'Sections')).toContainText(/Experience \(“Experience”\)/);
  await expect(parseItem(page, 'Dates')).toContainText('4 date ranges in your work history read');
  const layout = parseItem(page, 'Layout');
  await expect(layout).toContainText('Fix this');
  await expect(layout).toContainText('Text in the page header');
  await expect(layout).toContainText(
    'Move your contact details out of the page header or footer into the body',
  );
  await checkState(page, 'parse-check-docx', testInfo, fold('parse-check-heading'));

  // A text resume with dates a parser cannot read, and no education or skills headings.
  const text = await uploadResume(
    request,
    `parse-${Date.now()}.txt`,
    `Ana Lima\nana.lima.parse@example.com · +351 21 000 0000 · Lisbon\nExperience\nData Analyst, Acme, Apr 2021 – Present\nBuilt SQL reports and Tableau dashboards for the sales team.\nAnalyst, Beta, Jan '19 – Mar '21\nWrote Python scripts that cleaned survey data.`,
    'private',
  );
  await page.goto(`/candidate/r/${text.token}`);
  const parseFold = page.locator(fold('parse-check-heading'));
  // Nothing fails, so it starts folded; its summary says how each check went.
  await expect(parseFold).not.toHaveAttribute('open', '');
  await expect(parseFold.locator('summary')).toContainText('Dates: worth a look');
  await parseFold.locator('summary').click();
  const dates = parseItem(page, 'Dates');
  await expect(dates).toContainText('Worth a look');
  await expect(dates.getByRole('list', { name: 'Lines with dates that could not be read' })).toHaveText(
    "Analyst, Beta, Jan '19 – Mar '21",
  );
  await expect(dates).toContainText('“Jan 2019 – Mar 2021”');
  await expect(parseItem(page, 'Sections')).toContainText('No Education, Skills heading was recognised');
  await expect(parseItem(page, 'Layout')).toContainText('A plain text file');
  await checkState(page, 'parse-check-text', testInfo, fold('parse-check-heading'));
});

test('a job’s match page opens with the verdict, the top gaps and the next step; its long tables fold open and print', async ({
  page,
  request,
}, testInfo) => {
  const { id, token } = await uploadResume(request, `fold-${Date.now()}.txt`, RESUME, 'private');
  const { matches } = (await (
    await request.get(`/api/resumes/${id}/matches?limit=500`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).json()) as { matches: { jobId: string; title: string }[] };
  const job = matches.find((m) => m.title === 'Machine Learning Engineer')!;
  await page.goto(`/candidate/r/${token}/jobs/${job.jobId}`);

  const verdict = page.getByRole('region', { name: /^Your fit: \d+\/100$/ });
  const requirements = page.getByRole('table', { name: /^Each requirement of the posting/ });
  const requirementsSummary = page.locator('summary', {
    has: page.getByRole('heading', { name: 'Requirements' }),
  });
  // The score is written once, beside its band; the bar is its meter, labelled, with no second number.
  const meter = verdict.getByRole('meter', { name: 'Match score' });
  const score = await meter.getAttribute('aria-valuenow');
  await expect(meter).toHaveAttribute('aria-valuetext', `${score}/100`);
  expect((await verdict.innerText()).match(/\d+\/100/g)).toEqual([`${score}/100`]);
  await expect(verdict).toContainText(/(Strong|Partial|Weak) match/);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    // The first screen holds the verdict whole: score, top gaps, next step and the way to the full advice.
    await expect(verdict).toBeInViewport({ ratio: 1 });
    await expect(verdict.getByRole('meter', { name: 'Match score' })).toBeVisible();
    await expect(verdict.getByRole('heading', { name: 'Top gaps' })).toBeVisible();
    await expect(verdict.getByRole('listitem').first()).toContainText(/required|nice to have/);
    await expect(verdict.getByRole('heading', { name: 'Next step' })).toBeVisible();
    await expect(verdict.getByRole('link', { name: 'How to close the gap' })).toBeVisible();
  }
  await checkState(page, 'job-folded', testInfo);
  const folded = await page.evaluate(() => document.documentElement.scrollHeight);

  // The requirements table folds open from the keyboard, and closes again.
  await expect(requirements).toBeHidden();
  await requirementsSummary.focus();
  await expect(requirementsSummary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(requirements).toBeVisible();
  await expect(requirements.getByRole('row')).not.toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(folded);
  await checkState(page, 'job-unfolded', testInfo, fold('requirements-heading'));
  await requirementsSummary.focus();
  await page.keyboard.press('Space');
  await expect(requirements).toBeHidden();

  // Printing shows every folded table.
  await page.emulateMedia({ media: 'print' });
  await expect(requirements).toBeVisible();
  await expect(page.getByRole('table', { name: /^Each term of the posting/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Your results' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(requirements).toBeHidden();
});

/** The focused element, and whether its focus is drawn (an outline of its own: the app's one focus ring). */
async function focused(
  page: Page,
): Promise<{ tag: string; type: string | null; text: string; href: string | null; ring: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', type: null, text: '', href: null, ring: false };
    const style = getComputedStyle(el);
    return {
      tag: el.tagName,
      type: el.getAttribute('type'),
      text: (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      href: el.getAttribute('href'),
      ring:
        el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element, checking the focus is drawn at each stop. */
async function tabTo(
  page: Page,
  wanted: (el: Awaited<ReturnType<typeof focused>>) => boolean,
  { back = false, max = 80 } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const el = await focused(page);
    if (el.tag === 'BODY') continue;
    expect(el.ring, `focus ring on ${el.tag} “${el.text}”`).toBe(true);
    if (wanted(el)) return;
  }
  throw new Error(`no focusable element matched within ${max} ${back ? 'Shift+Tab' : 'Tab'} presses`);
}

test('a candidate goes from the home page to the evidence of their best job with the keyboard alone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await tabTo(page, (el) => el.tag === 'A' && el.href === '/candidate');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/resume/i);

  // The file chooser opens from the keyboard; choosing the file uploads it.
  await tabTo(page, (el) => el.tag === 'INPUT' && el.type === 'file');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(fixture('resume-ml-engineer.pdf'));

  // The private link opens, and fills in once the resume is analysed.
  await page.waitForURL(/\/candidate\/r\/[\w-]+$/);
  await expect(page.getByRole('heading', { name: 'Open jobs, best match first' })).toBeVisible();
  await tabTo(page, (el) => el.tag === 'A' && /\/jobs\/[\w-]+$/.test(el.href ?? ''), { max: 120 });
  const best = await focused(page);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/jobs\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(best.text).toContain((await page.getByRole('heading', { level: 1 }).innerText()).trim());

  // The evidence folds open from its summary; Shift+Tab comes back to it.
  const evidence = page.getByRole('table', { name: /^Each requirement of the posting/ });
  await expect(evidence).toBeHidden();
  await tabTo(page, (el) => el.tag === 'SUMMARY' && el.text.startsWith('Requirements'));
  await page.keyboard.press('Enter');
  await expect(evidence).toBeVisible();
  await tabTo(page, (el) => el.tag !== 'SUMMARY');
  await tabTo(page, (el) => el.tag === 'SUMMARY' && el.text.startsWith('Requirements'), { back: true });
  await expect(evidence.getByRole('row').nth(1)).toBeVisible();
});

test('the home page explains both paths, each with a real picture of the product', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Match resumes to jobs, and see why.');
  const paths = [
    {
      name: 'See every open job ranked for your resume',
      alt: /^A candidate's match page: /,
      href: '/candidate',
    },
    {
      name: 'Rank every candidate for a job, with the evidence',
      alt: /^A recruiter's job page: the candidates ranked by score/,
      href: '/recruiter/jobs',
    },
  ];
  for (const path of paths) {
    const section = page.getByRole('region', { name: path.name });
    await expect(section.getByRole('listitem')).toHaveCount(3);
    const picture = section.getByRole('img', { name: path.alt });
    await expect(picture).toBeVisible();
    // A real picture, loaded (lazily, once scrolled to), with its size known to the browser (no layout shift).
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
      .toBeGreaterThanOrEqual(600);
    expect(Number(await picture.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(await picture.getAttribute('height'))).toBeGreaterThan(0);
    await expect(section.getByRole('link')).toHaveAttribute('href', path.href);
  }
  await checkState(page, 'home', testInfo);
  await page.setViewportSize({ width: 390, height: 900 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('link', { name: 'Upload your resume' }).first().click();
  await expect(page.getByLabel('Upload your resume')).toBeAttached();
});

test('the results page opens on the ranked jobs: the top job, its score and its gaps on the first screen at 1280 and 390 px', async ({
  page,
  request,
}) => {
  const { token } = await uploadResume(request, `first-screen-${Date.now()}.txt`, RESUME, 'private');
  await page.goto(`/candidate/r/${token}`);
  const jobs = page.getByRole('region', { name: 'Open jobs, best match first' });
  const first = jobs
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) })
    .first();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toBeInViewport({ ratio: 1 });
    await expect(first.getByRole('meter', { name: /^Match score for / })).toBeInViewport({ ratio: 1 });
    // On a desktop the card's gaps are on the first screen too.
    if (width === 1280) await expect(skillGroup(first, 'Missing required')).toBeInViewport();
  }
  // What was above the jobs is still said there in a line, with the way to it.
  await expect(page.getByText('This page is private to you')).toBeVisible();
  const change = page.getByRole('link', { name: 'Change who sees it' });
  await expect(change.locator('..')).toContainText('Who sees your resume: only you (a private check).');
  await change.click();
  await expect(page.getByRole('region', { name: 'Who sees your resume' })).toBeInViewport();
  await expect(page.getByRole('link', { name: 'See how a parser reads your resume' })).toHaveAttribute(
    'href',
    '#parse-check-heading',
  );
});

test('the keyword table fits a phone: no sideways scroll, each term still says its kind and both counts', async ({
  page,
  request,
}) => {
  const { token } = await uploadResume(request, `keywords-phone-${Date.now()}.txt`, RESUME, 'private');
  await page.goto(`/candidate/r/${token}/compare`);
  await compare(page, 'Platform Data Engineer', POSTING);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.locator('summary', { has: page.getByRole('heading', { name: 'Keywords' }) }).click();
  const region = page.getByRole('region', { name: 'Keywords of the posting' });
  await expect(region).toBeVisible();
  const widths = await region.evaluate((el) => ({
    table: el.scrollWidth,
    box: el.clientWidth,
    page: document.scrollingElement!.scrollWidth,
    viewport: document.scrollingElement!.clientWidth,
  }));
  expect(widths.table, 'the table within its box').toBeLessThanOrEqual(widths.box);
  expect(widths.page, 'the page within the screen').toBeLessThanOrEqual(widths.viewport);
  // The kind moves under the term, in its row header; the counts keep their columns.
  const row = (name: RegExp) =>
    page
      .getByRole('table', { name: /^Each term of the posting/ })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name }) });
  await expect(
    row(/^Kubernetes\s*Required skill\s*counted as “Kubernetes”, “K8s”$/).getByRole('cell'),
  ).toHaveText(['3', /^✕ 0 · missing$/]);
  await expect(row(/^Python\s*Required skill$/).getByRole('cell')).toHaveText(['2', '4']);
  await expect(row(/^Snowflake\s*Nice-to-have skill$/).getByRole('cell')).toHaveText([
    '1',
    /^✕ 0 · missing$/,
  ]);
  expect(await seriousViolations(page, fold('comparison-keywords-heading'))).toEqual([]);
});
