import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FIRST_RECRUITER, RECRUITER_STATE, uploadResume, seriousViolations } from './helpers';
import { EXPORT_COLUMNS, parseCsv } from './workspace-fixtures';

// The recruiter's people flows on a job of the spec's own (issue 14): the score once per row, who each candidate is
// (and who shares an email), a notes timeline, actions on selected candidates, saved filters, blind review without
// hints to age, and the whole journey by keyboard alone. Every list is read under a search for this run's token, so
// only the spec's own resumes are in it (every visible resume is ranked for every open job).
test.describe.configure({ mode: 'serial' });

// Set for each run of the tests (--repeat-each runs them again in the same process): a token in every resume.
let RUN = '';
let JOB_TITLE = '';

const POSTING = `Data Analyst

We turn a retail chain's sales data into decisions.

Requirements
- 3+ years of experience as a data analyst
- Strong SQL for reporting and analysis
- Python for data pipelines
- Tableau dashboards for the business

Nice to have
- Snowflake
`;

interface Person {
  key: 'ines' | 'inesAgain' | 'tomas' | 'priya';
  name: string;
  email: string;
  phone: string;
  location: string;
  link: string | null;
  text: string;
}

function person(
  key: Person['key'],
  name: string,
  phone: string,
  location: string,
  body: string,
  link = true,
) {
  const slug = name.toLowerCase().replace(' ', '.');
  const email = `${slug}.${RUN}@example.com`;
  const profile = link ? `linkedin.com/in/${slug.replace('.', '-')}-${RUN}` : null;
  const header = [name, 'Data Analyst', [email, phone, location, profile].filter(Boolean).join(' · ')];
  return { key, name, email, phone, location, link: profile, text: [...header, '', body].join('\n') };
}

function people(): Person[] {
  return [
    person(
      'ines',
      'Ines Varga',
      '+44 20 7946 0101',
      'London, UK',
      `Summary
Data analyst with six years of SQL, Python and Tableau dashboards for a retail chain.

Experience
Data Analyst, Northwind Retail — 2019 – 2025
- Built Tableau dashboards on SQL models; wrote Python ETL jobs.`,
    ),
    person(
      'tomas',
      'Tomas Lind',
      '+1 416 555 0102',
      'Toronto, ON',
      `Summary
Reporting analyst: Excel and SQL reports for finance.

Experience
Reporting Analyst, Contoso Bank — 2021 – 2025
- Wrote SQL reports and Excel models for the finance team.`,
      false,
    ),
    person(
      'priya',
      'Priya Nair',
      '+1 416 555 0199',
      'Toronto, ON',
      `Experience
Senior Data Analyst, Northwind Retail — 2016 – 2025
- Built SQL models and Tableau dashboards; Python ETL jobs for the sales team.
Data Analyst, Fabrikam Foods — 1994 – 2016
- Sales reporting in SQL and Excel.
Payroll Clerk, Contoso Mills — 1986 – 1994
- Ran weekly payroll for 200 staff.

Education
BSc Mathematics, University of Toronto, 1985`,
      false,
    ),
  ];
}
let PEOPLE: Person[] = [];
// The same person again, a newer version of the resume under the same email.
let INES_AGAIN: Person;

const ids = new Map<Person['key'], string>();
let jobId = '';
const listPath = () => `/recruiter/jobs/${jobId}?q=${RUN}`;
const WIDTHS = [1280, 390] as const;

/** axe-core's WCAG 2.x A and AA rules on the page as it is now, at desktop and phone widths: nothing serious. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  const size = page.viewportSize();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const serious = await seriousViolations(page);
    expect(serious, `${what} at ${width} px`).toEqual([]);
  }
  if (size) await page.setViewportSize(size);
}

/** With RECRUITER_SHOTS set, screenshots at both widths for a person to look at (never compared). */
async function screenshots(page: Page, name: string, part?: Locator): Promise<void> {
  if (!process.env.RECRUITER_SHOTS) return;
  const size = page.viewportSize();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/recruiter-${name}-${width}.png`, fullPage: true });
    if (part) await part.screenshot({ path: `/tmp/recruiter-${name}-${width}-part.png` });
  }
  if (size) await page.setViewportSize(size);
}

function table(page: Page): Locator {
  return page.getByRole('region', { name: 'Candidates table' });
}

function row(page: Page, name: string): Locator {
  return table(page)
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

function blindSwitch(page: Page): Locator {
  return page.getByRole('switch', { name: 'Blind review' });
}

async function setBlind(page: Page, on: boolean): Promise<void> {
  if ((await blindSwitch(page).getAttribute('aria-checked')) !== String(on)) await blindSwitch(page).click();
  await expect(blindSwitch(page)).toHaveAttribute('aria-checked', String(on));
}

async function csvOf(text: string): Promise<string[][]> {
  return parseCsv(text.replace(/^\uFEFF/, ''));
}

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  RUN = `rf${Math.random().toString(36).slice(2, 8)}`;
  JOB_TITLE = `Data Analyst ${RUN}`;
  PEOPLE = people();
  INES_AGAIN = {
    ...PEOPLE[0]!,
    key: 'inesAgain',
    text: `${PEOPLE[0]!.text}\n- Moved the team's reporting to Snowflake in 2025.`,
  };
  ids.clear();
  const request = await playwright.request.newContext({ baseURL, storageState: RECRUITER_STATE });
  for (const p of [...PEOPLE, INES_AGAIN])
    ids.set(p.key, (await uploadResume(request, `${p.key}-${RUN}.txt`, p.text)).id);
  const res = await request.post('/api/jobs', { data: { title: JOB_TITLE, description: POSTING } });
  expect(res.status(), await res.text()).toBe(201);
  jobId = ((await res.json()) as { id: string }).id;
  // The ranking may go on in the background on a busy server (every visible resume, those of earlier runs too): wait
  // until it is done, so the job's page is no longer refreshing itself every 2 s while the tests click and type on it.
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/api/jobs/${jobId}/matches?limit=1`)).json()) as { ranking: unknown })
          .ranking,
      { timeout: 120_000 },
    )
    .toBeNull();
  expect(
    (await csvOf(await (await request.get(`/api/jobs/${jobId}/export.csv?q=${RUN}`)).text())).length - 1,
  ).toBe(4);
  await request.dispose();
});

test.afterAll(async ({ browser, baseURL }) => {
  // Blind review is remembered per recruiter, and the other specs run as the same one: leave it off.
  const context = await browser.newContext({ baseURL, storageState: RECRUITER_STATE });
  const page = await context.newPage();
  if (jobId) {
    await page.goto(`/recruiter/jobs/${jobId}`);
    await setBlind(page, false);
  }
  await context.close();
});

test('each candidate row shows the score once: the number with its band', async ({ page }) => {
  await page.goto(listPath());
  await expect(page.getByText(/^Showing 1–4 of 4 candidates matching the filters\./)).toBeVisible();
  for (const p of PEOPLE) {
    const r = row(page, p.name).first();
    const meter = r.getByRole('meter', { name: `Match score for ${p.name}` });
    await expect(meter).toHaveCount(1);
    const score = Number(await meter.getAttribute('aria-valuenow'));
    expect(score).toBeGreaterThanOrEqual(0);
    const valueText = (await meter.getAttribute('aria-valuetext'))!;
    expect(valueText).toMatch(new RegExp(`^${score} out of 100, (strong|partial|weak) match$`));
    await expect(meter).toHaveText(new RegExp(`^${score}\\s*(Strong|Partial|Weak) match$`));
    // Nowhere else on the row: no "/100", no second band, no bar.
    const text = await r.innerText();
    expect(text).not.toContain('/100');
    expect(text.match(/\b(Strong|Partial|Weak) match\b/g)).toHaveLength(1);
    expect(text.split(/\s+/).filter((w) => w === String(score))).toHaveLength(1);
  }
  await expectAccessible(page, 'the ranked list');
  await screenshots(page, 'list', page.locator('section[aria-labelledby="candidates-heading"]'));
});

test('on a phone a job with all four header buttons starts its candidates on the first screen', async ({
  page,
}) => {
  // A job the recruiter posted has all four: upload, export, edit and close. At 390 x 844 (a common phone) they are
  // one line, the pipeline's tabs are one line that scrolls sideways, and the actions on selected candidates fold
  // under one summary, so the first candidate's name and contact are on the first screen.
  const phone = { width: 390, height: 844 };
  await page.setViewportSize(phone);
  await page.goto(listPath());
  const buttons = [
    page.getByRole('link', { name: 'Upload resumes', exact: true }),
    page.getByRole('link', { name: 'Export CSV', exact: true }),
    page.getByRole('link', { name: 'Edit job', exact: true }),
    page.getByRole('button', { name: 'Close job', exact: true }),
  ];
  /** Whether the items sit on one line: every one's top is above every other's bottom. */
  const oneLine = async (items: Locator[]) => {
    const boxes = await Promise.all(items.map(async (item) => (await item.boundingBox())!));
    return Math.max(...boxes.map((b) => b.y)) < Math.min(...boxes.map((b) => b.y + b.height));
  };
  expect(await oneLine(buttons), 'the header buttons on one line').toBe(true);
  const tabs = await page.getByRole('navigation', { name: 'Pipeline' }).getByRole('link').all();
  expect(tabs).toHaveLength(6);
  expect(await oneLine(tabs), 'the pipeline tabs on one line').toBe(true);
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, 'the page does not scroll sideways').toBeLessThanOrEqual(phone.width);

  const actions = page.getByRole('form', { name: 'Selected candidates' });
  const summary = actions.locator('summary', { hasText: 'Move, reject or export' });
  await expect(actions.getByRole('button', { name: 'Move selected' })).toBeHidden();
  const first = table(page).locator('tbody tr').first();
  const name = first.locator('td:nth-child(2) > a');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(name).toBeInViewport({ ratio: 1 });
  await expect(first.getByText(/@example\.com$/)).toBeInViewport({ ratio: 1 });
  // The row is a card whose checkbox and rank sit beside the name.
  const [box, link] = [(await first.getByRole('checkbox').boundingBox())!, (await name.boundingBox())!];
  expect(Math.abs(box.y + box.height / 2 - (link.y + link.height / 2))).toBeLessThan(link.height / 2);
  await expectAccessible(page, 'the job page with its actions folded');

  // The fold opens to the same actions, and they act on what is checked.
  await summary.click();
  await expect(actions.getByRole('button', { name: 'Move selected' })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Export selected (CSV)' })).toBeVisible();
  await actions.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await expect(actions.getByText('4 selected')).toBeVisible();
  await actions.getByRole('checkbox', { name: 'Select all on this page' }).uncheck();
  await expectAccessible(page, 'the job page with its actions open');

  // A desktop shows the actions open, with no summary, and the buttons say their whole names.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await expect(summary).toBeHidden();
  await expect(actions.getByRole('button', { name: 'Move selected' })).toBeVisible();
  await expect(buttons[0]!).toHaveText('Upload resumes');
  await expect(buttons[3]!).toHaveText('Close job');
  await expect(page.getByRole('navigation', { name: 'Pipeline' }).getByRole('link').first()).toBeVisible();
  await screenshots(page, 'phone-job', page.locator('section[aria-labelledby="candidates-heading"]'));
});

test('rows and the candidate page say who the candidate is, and flag resumes with the same email', async ({
  page,
}) => {
  await page.goto(listPath());
  for (const p of PEOPLE) {
    const r = row(page, p.name).first();
    for (const fact of [p.email, p.phone, p.location, ...(p.link ? [p.link] : [])])
      await expect(r).toContainText(fact);
  }
  // Both of Ines's resumes are flagged, each pointing at the other; no one else is.
  const ines = row(page, 'Ines Varga');
  await expect(ines).toHaveCount(2);
  for (let i = 0; i < 2; i++)
    await expect(ines.nth(i).getByRole('link', { name: /Same email as 1 other resume$/ })).toBeVisible();
  for (const name of ['Tomas Lind', 'Priya Nair'])
    await expect(row(page, name).getByRole('link', { name: /Same email as/ })).toHaveCount(0);

  await ines
    .first()
    .getByRole('link', { name: /Same email as 1 other resume$/ })
    .click();
  await expect(page).toHaveURL(/\/candidates\/[\w-]+#same-email$/);
  const here = /\/candidates\/([\w-]+)#/.exec(page.url())![1]!;
  const other = here === ids.get('ines') ? ids.get('inesAgain')! : ids.get('ines')!;
  const same = page.getByRole('region', { name: /Same email as 1 other resume/ });
  await expect(same.getByRole('link', { name: 'Ines Varga' })).toHaveAttribute(
    'href',
    `/recruiter/jobs/${jobId}/candidates/${other}`,
  );
  const details = page.getByRole('definition').filter({ hasText: PEOPLE[0]!.email });
  await expect(details).toBeVisible();
  const identity = page.locator('dl[aria-label="Candidate details"]');
  for (const fact of [PEOPLE[0]!.phone, PEOPLE[0]!.location, PEOPLE[0]!.link!])
    await expect(identity).toContainText(fact);
  await expectAccessible(page, 'a candidate with the same email as another');
  await screenshots(page, 'candidate', page.locator('main > div > div').first());

  // Blind review hides all of it, on the rows and on the page.
  await setBlind(page, true);
  await page.goto(listPath());
  await expect(table(page).locator('tbody tr')).toHaveCount(4);
  for (const p of [...PEOPLE, INES_AGAIN])
    for (const fact of [p.name, p.email, p.phone, p.location, ...(p.link ? [p.link] : [])])
      await expect(page.locator('main')).not.toContainText(fact);
  await expect(page.getByRole('link', { name: /Same email as/ })).toHaveCount(0);
  await expectAccessible(page, 'the ranked list under blind review');
  await page.goto(`/recruiter/jobs/${jobId}/candidates/${ids.get('ines')}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/^Candidate #[\w-]{6} for /);
  await expect(page.getByRole('region', { name: /Same email as/ })).toHaveCount(0);
  for (const fact of [PEOPLE[0]!.name, PEOPLE[0]!.email, PEOPLE[0]!.phone, PEOPLE[0]!.link!])
    await expect(page.locator('main')).not.toContainText(fact);
  await setBlind(page, false);
});

test('notes are a timeline with author and time, newest first, and reach the export', async ({ page }) => {
  const tomas = ids.get('tomas')!;
  await page.goto(`/recruiter/jobs/${jobId}/candidates/${tomas}`);
  // The score card writes the score once, beside its band; its bar is the labelled meter, with no second number.
  const card = page.getByRole('region', { name: 'Match score', exact: true });
  const score = await card
    .getByRole('meter', { name: 'Match score', exact: true })
    .getAttribute('aria-valuenow');
  expect((await card.innerText()).match(/\d+\/100/g)).toEqual([`${score}/100`]);
  await expect(card).toContainText(/(Strong|Partial|Weak) match/);
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes.getByText('No notes yet.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveCount(0); // the old box is gone

  for (const body of ['Phone screen booked for Monday.', '=Strong SQL; weak on Python.']) {
    await notes.getByLabel('Note', { exact: true }).fill(body);
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expect(notes.getByRole('status')).toHaveText('Note added.');
    await expect(notes.getByLabel('Note', { exact: true })).toHaveValue('');
  }
  const timeline = notes.getByRole('list', { name: 'Notes, newest first' });
  await expect(timeline.getByRole('listitem')).toHaveText([
    /=Strong SQL; weak on Python\.$/,
    /Phone screen booked for Monday\.$/,
  ]);
  for (const item of await timeline.getByRole('listitem').all()) {
    // The team reads the timeline; the author's own notes say so.
    await expect(item).toContainText(`${FIRST_RECRUITER.email} (you)`);
    const when = await item.locator('time').getAttribute('datetime');
    expect(Math.abs(Date.now() - Date.parse(when!))).toBeLessThan(10 * 60_000);
  }
  // A note of spaces alone is refused with a sentence.
  await notes.getByLabel('Note', { exact: true }).fill('   ');
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByRole('status')).toHaveText('Write the note first.');
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await page.reload();
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page, 'the notes timeline');
  await screenshots(page, 'notes', page.getByRole('region', { name: 'Notes' }));

  // The export's Notes column joins them, oldest first, defused for spreadsheets.
  const [header, ...rows] = await csvOf(
    await (await page.request.get(`/api/jobs/${jobId}/export.csv?q=${RUN}`)).text(),
  );
  expect(header).toEqual(EXPORT_COLUMNS);
  const exported = rows.find((r) => r[1] === 'Tomas Lind')!;
  expect(exported[8]).toBe('Phone screen booked for Monday.\n=Strong SQL; weak on Python.');
});

test('selected candidates are moved, rejected and exported together', async ({ page }) => {
  await page.goto(listPath());
  const actions = page.getByRole('form', { name: 'Selected candidates' });
  // The count shows once the page is interactive, which "Select all" needs.
  await expect(actions.getByText('0 selected')).toBeVisible();
  await actions.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await expect(actions.getByText('4 selected')).toBeVisible();
  for (const box of await table(page)
    .getByRole('checkbox', { name: /^Select / })
    .all())
    await expect(box).toBeChecked();
  await table(page).getByRole('checkbox', { name: 'Select Tomas Lind' }).uncheck();
  await expect(actions.getByText('3 selected')).toBeVisible();
  await expect(actions.getByRole('checkbox', { name: 'Select all on this page' })).not.toBeChecked();

  await actions.getByLabel('Move to').selectOption('interviewing');
  await actions.getByRole('button', { name: 'Move selected' }).click();
  await expect(actions.getByRole('status')).toHaveText('Moved 3 candidates to Interviewing.');
  for (const name of ['Ines Varga', 'Priya Nair'])
    for (const r of await row(page, name).all()) await expect(r).toContainText('Interviewing');
  await expect(row(page, 'Tomas Lind')).toContainText('New');
  await expectAccessible(page, 'the list after a move');

  await table(page).getByRole('checkbox', { name: 'Select Priya Nair' }).check();
  await actions.getByRole('button', { name: 'Reject selected' }).click();
  await expect(actions.getByRole('status')).toHaveText('Moved 1 candidate to Rejected.');
  await expect(row(page, 'Priya Nair')).toContainText('Rejected');
  await page.goto(`/recruiter/jobs/${jobId}?q=${RUN}&status=interviewing`);
  expect(await table(page).locator('tbody tr td:nth-child(2) > a').allInnerTexts()).toEqual([
    'Ines Varga',
    'Ines Varga',
  ]);

  // Export the selection: the export's columns, only the checked rows, best rank first.
  await page.goto(listPath());
  await table(page).getByRole('checkbox', { name: 'Select Tomas Lind' }).check();
  await table(page).getByRole('checkbox', { name: 'Select Priya Nair' }).check();
  const downloading = page.waitForEvent('download');
  await actions.getByRole('button', { name: 'Export selected (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^data-analyst-\w+-selected-candidates-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const [header, ...rows] = await csvOf(fs.readFileSync((await download.path())!, 'utf8'));
  expect(header).toEqual(EXPORT_COLUMNS);
  expect(rows.map((r) => r[1]).sort()).toEqual(['Priya Nair', 'Tomas Lind']);
  expect(rows.find((r) => r[1] === 'Priya Nair')![7]).toBe('Rejected');
  expect(rows.find((r) => r[1] === 'Tomas Lind')![8]).toContain('Phone screen booked');
  expect(Number(rows[0]![0])).toBeLessThan(Number(rows[1]![0]));

  // Under blind review the boxes are labelled with the stand-in, and the export too.
  await setBlind(page, true);
  await page.goto(listPath());
  const boxes = await table(page)
    .getByRole('checkbox')
    .evaluateAll((els) => els.map((e) => e.ariaLabel));
  expect(boxes).toHaveLength(4);
  for (const label of boxes) expect(label).toMatch(/^Select Candidate #[\w-]{6}$/);
  await expectAccessible(page, 'the selection under blind review');
  await setBlind(page, false);

  // A cross-site post with the session cookie is refused.
  const refused = await page.request.post(`/api/jobs/${jobId}/selection.csv`, {
    form: { resumeId: ids.get('tomas')! },
    headers: { origin: 'https://evil.example' },
  });
  expect(refused.status()).toBe(403);
});

test('filters are saved under a name for the job, opened from a link and deleted', async ({ page }) => {
  const name = `Interviewing ${RUN}`;
  await page.goto(`/recruiter/jobs/${jobId}?q=${RUN}&status=interviewing&sort=years`);
  await expect(page.getByRole('navigation', { name: 'Saved filters' })).toHaveCount(0);
  const save = page.getByRole('form', { name: 'Save these filters' });
  await save.getByLabel('Save these filters as').fill(name);
  await save.getByRole('button', { name: 'Save filters' }).click();
  await expect(save.getByRole('status')).toHaveText(`Saved as “${name}”.`);
  const saved = page.getByRole('navigation', { name: 'Saved filters' });
  await expect(saved.getByRole('link', { name })).toHaveAttribute('aria-current', 'true');
  await expectAccessible(page, 'a list with saved filters');
  await screenshots(page, 'saved-filters', page.locator('section[aria-labelledby="candidates-heading"]'));

  await page.goto(`/recruiter/jobs/${jobId}`);
  await saved.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${RUN}&status=interviewing&sort=years$`));
  await expect(page.getByRole('form', { name: 'Filter candidates' }).getByLabel('Search')).toHaveValue(RUN);
  await expect(page.getByRole('form', { name: 'Filter candidates' }).getByLabel('Sort by')).toHaveValue(
    'years',
  );
  expect(await table(page).locator('tbody tr td:nth-child(2) > a').allInnerTexts()).toEqual([
    'Ines Varga',
    'Ines Varga',
  ]);

  await saved.getByRole('button', { name: `Delete saved filters ${name}` }).click();
  await expect(page.getByRole('navigation', { name: 'Saved filters' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Saved filters' })).toHaveCount(0);
});

test('blind review hides the hints to age: graduation years, early dates and exact years', async ({
  page,
}) => {
  const priya = ids.get('priya')!;
  // Seen, the figures are there: a long career, an old degree.
  await page.goto(`/recruiter/jobs/${jobId}/candidates/${priya}`);
  await expect(page.locator('main')).toContainText('1985');
  await expect(page.locator('main')).toContainText(/about \d\d years of experience/);

  await setBlind(page, true);
  for (const path of [`/recruiter/jobs/${jobId}/candidates/${priya}`, `/recruiter/resumes/${priya}`]) {
    await page.goto(path);
    const main = await page.locator('main').innerText();
    expect(main, path).not.toMatch(/\b(1985|1986|1994)\b/);
    expect(main, path).not.toMatch(/about \d+ years?/i);
    expect(main, path).toContain('10+ years');
    expect(main, path).toContain('2016 – 2025');
    await expectAccessible(page, `${path} under blind review`);
  }
  await page.goto(listPath());
  const years = table(page).locator('tbody tr td:nth-child(2) p');
  await expect(years).toHaveCount(4);
  for (const line of await years.allInnerTexts())
    expect(line).toMatch(/^(Under 2 years|2–5 years|5–10 years|10\+ years|Years not stated)$/);
  await setBlind(page, false);
});

/** Whether the focused element shows a focus indicator: an outline or a ring (box-shadow). */
async function expectFocusVisible(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return {
      outline: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      shadow: s.boxShadow,
      tag: el.tagName,
    };
  });
  expect(style, 'something has focus').not.toBeNull();
  const ring =
    (style!.outline !== 'none' && style!.width >= 1) || (style!.shadow !== 'none' && style!.shadow !== '');
  expect(ring, `focus is visible on the ${style!.tag}`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until the target has focus, checking at every step that focus can be seen. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectFocusVisible(page);
      return;
    }
    if (i % 5 === 0) await expectFocusVisible(page);
  }
  throw new Error('the keyboard never reached the target');
}

test('with the keyboard alone the recruiter opens the job, moves a candidate to interviewing and adds a note', async ({
  page,
}) => {
  const note = `Keyboard note ${RUN}: strong SQL.`;
  await page.goto('/recruiter/jobs');
  await tabTo(page, page.getByRole('link', { name: JOB_TITLE, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/recruiter/jobs/${jobId}$`));

  // Narrow the list to this run's candidates.
  const search = page.getByRole('form', { name: 'Filter candidates' }).getByLabel('Search');
  await tabTo(page, search);
  await page.keyboard.type(RUN);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${RUN}`));

  // Select Tomas with Space, then move him to Shortlisted from the actions above the table.
  const box = table(page).getByRole('checkbox', { name: 'Select Tomas Lind' });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  const actions = page.getByRole('form', { name: 'Selected candidates' });
  await tabTo(page, actions.getByLabel('Move to'), true);
  await expect(actions.getByLabel('Move to')).toHaveValue('shortlisted');
  await tabTo(page, actions.getByRole('button', { name: 'Move selected' }));
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('status')).toHaveText('Moved 1 candidate to Shortlisted.');
  await expect(row(page, 'Tomas Lind')).toContainText('Shortlisted');

  // Open him, and on to interviewing with the arrow keys.
  await tabTo(page, table(page).getByRole('link', { name: 'Tomas Lind', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Tomas Lind for ${JOB_TITLE}`);
  const status = page.getByLabel('Status');
  await tabTo(page, status);
  await expect(status).toHaveValue('shortlisted');
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('interviewing');
  await tabTo(page, page.getByRole('button', { name: 'Save status' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // A note, typed and sent from the keyboard, shows first in the timeline.
  await tabTo(page, page.getByLabel('Note', { exact: true }));
  await page.keyboard.type(note);
  await tabTo(page, page.getByRole('button', { name: 'Add note' }));
  await page.keyboard.press('Enter');
  const timeline = page.getByRole('list', { name: 'Notes, newest first' });
  await expect(timeline.getByRole('listitem').first()).toContainText(note);
  await expect(timeline.getByRole('listitem').first()).toContainText(FIRST_RECRUITER.email);
  await expectAccessible(page, 'the candidate after the keyboard journey');

  await page.reload();
  await expect(page.getByLabel('Status')).toHaveValue('interviewing');
  await expect(timeline.getByRole('listitem').first()).toContainText(note);
});
