import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { ANONYMOUS, fixture, skillGroup, uploadResume } from './helpers';

// What Rolefit says about a resume holds up when a person checks it: the contacts and occupation it read, the words
// behind each skill, and no requirement covered while the skill it names is missing.
test.describe.configure({ mode: 'serial' });

// Pasted from a page that mangled its quotes: the app repairs it as it repairs an uploaded file.
const POSTING = [
  'Senior Accountant',
  '',
  'Mapleton Manufacturing is a family-owned maker of commercial shelving.',
  '',
  'Requirements',
  '- Masterâ€™s or Ph.D. in Accounting or Finance',
  '- 3+ years of month-end close and account reconciliation',
  '- Advanced Excel and NetSuite',
  '- Experience with AWS cost reports is a plus',
  '- You will report to the Accounting Manager.',
].join('\n');

let jobId = '';
let resume = { id: '', token: '' };

test('a pasted posting is repaired, names its occupation, and keeps its setting out of the requirements', async ({
  page,
  request,
}) => {
  const res = await request.post('/api/jobs', { data: { title: 'Senior Accountant', description: POSTING } });
  expect(res.status()).toBe(201);
  jobId = (await res.json()).id;

  await page.goto(`/recruiter/jobs/${jobId}`);
  await expect(page.locator('p', { hasText: 'Occupation:' })).toContainText('Accountant · ISCO 2411');
  await page.goto(`/recruiter/jobs/${jobId}/edit`);
  const description = await page.getByLabel(/description/i).inputValue();
  expect(description).toContain('Master’s or Ph.D.');
  expect(description).not.toContain('â€');
});

test('a candidate sees the name, contacts and occupation read from the resume, and the words behind each skill', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: ANONYMOUS });
  const page = await context.newPage();
  resume = await uploadResume(
    page.request,
    'priya.txt',
    fs.readFileSync(fixture('resume-accountant.txt'), 'utf8'),
  );
  await page.goto(`/candidate/r/${resume.token}`);
  const details = page.getByRole('region', { name: 'What we read about you' });
  await expect(details).toContainText('Priya Nair');
  await expect(details.getByRole('link', { name: 'priya.nair@example.com' })).toHaveAttribute(
    'href',
    'mailto:priya.nair@example.com',
  );
  await expect(details).toContainText('(312) 555-0172');
  await expect(details).toContainText('Chicago, IL');
  await expect(details).toContainText('Accountant · ISCO 2411');
  await context.close();
});

test('the match covers no requirement without its skill, cites one line, and labels skills with their phrases', async ({
  page,
  request,
}) => {
  await expect
    .poll(async () => (await (await request.get(`/api/jobs/${jobId}/matches`)).json()).total, {
      timeout: 60_000,
    })
    .toBeGreaterThan(0);
  const { matches } = await (await request.get(`/api/resumes/${resume.id}/matches?limit=500`)).json();
  const mine = matches.find((m: { jobId: string }) => m.jobId === jobId);
  // Every skill carries the phrases that named it: the resume's "Excel" behind Microsoft Excel.
  const excel = mine.skills.matched.find((s: { name: string }) => s.name === 'Microsoft Excel');
  expect(excel.phrases).toContain('Excel');
  // The resume never names AWS or a master's degree: they are gaps, with the posting's own words.
  expect(mine.skills.missing.preferred).toContainEqual({ name: 'Amazon Web Services', phrases: ['AWS'] });
  // The degree's phrase takes in the degree offered beside it: "Master’s or Ph.D." asks for either.
  expect(mine.skills.missing.required).toContainEqual({
    name: "Master's Degree",
    phrases: ['Master’s or Ph.D'],
  });

  await page.goto(`/recruiter/jobs/${jobId}/candidates/${resume.id}`);
  await expect(page.getByLabel('Candidate details')).toContainText('Priya Nair');
  await expect(page.getByText('Amazon Web Services · “AWS”')).toBeVisible();

  // The requirements behind the ranking, one by one.
  const report = await (await request.get(`/api/jobs/${jobId}/matches`)).json();
  const row = report.matches.find((m: { resumeId: string }) => m.resumeId === resume.id);
  expect(row).toBeTruthy();
  const requirements = (row.requirements ?? []) as {
    text: string;
    covered: boolean;
    evidence: string | null;
    named?: { name: string; held: boolean }[];
  }[];
  expect(requirements.map((r) => r.text)).not.toContain('You will report to the Accounting Manager.');
  for (const r of requirements) {
    if (r.named && !r.named.some((n) => n.held)) expect(r.covered, r.text).toBe(false);
    if (r.covered) expect(r.evidence!.split('\n'), r.text).toHaveLength(1);
  }
});

test("a degree's subjects are alternatives: one is enough, and lacking them all is one gap", async ({
  page,
  request,
}) => {
  const posting = [
    'Financial Analyst',
    '',
    'Requirements',
    "- Bachelor's degree in Accounting, Economics, or Finance",
    '- 3+ years of financial analysis and variance analysis in Excel',
  ].join('\n');
  const res = await request.post('/api/jobs', {
    data: { title: 'Financial Analyst (degree subjects)', description: posting },
  });
  expect(res.status()).toBe(201);
  const job = (await res.json()).id as string;
  const resumeWith = (degree: string, name: string) =>
    [
      name,
      `${name.toLowerCase().replace(' ', '.')}@example.com`,
      '',
      'Financial Analyst, Acme Corp, 2019 - 2024',
      '- Built monthly forecasts and variance analysis in Excel for a $40M business unit',
      '- Prepared management reports and financial analysis for the CFO',
      '',
      'Education',
      `${degree}, University of Iowa, 2018`,
    ].join('\n');
  const finance = await uploadResume(request, 'finance.txt', resumeWith('B.S. Finance', 'Dana Whitfield'));
  const history = await uploadResume(request, 'history.txt', resumeWith('B.A. History', 'Omar Haddad'));
  const matchFor = async (resumeId: string) => {
    await expect
      .poll(
        async () => {
          const { matches } = await (await request.get(`/api/jobs/${job}/matches?limit=500`)).json();
          return matches.some((m: { resumeId: string }) => m.resumeId === resumeId);
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    const { matches } = await (await request.get(`/api/jobs/${job}/matches?limit=500`)).json();
    return matches.find((m: { resumeId: string }) => m.resumeId === resumeId);
  };
  const names = (skills: { name: string }[]) => skills.map((s) => s.name);

  // "B.S. Finance" has Finance: Accounting and Economics are offered beside it, so none of the three is missing.
  const withFinance = await matchFor(finance.id);
  for (const subject of ['Accounting', 'Economics', 'Finance'])
    expect(names(withFinance.skills.missing.required)).not.toContain(subject);
  expect(names(withFinance.skills.alternatives)).toEqual(['Accounting', 'Economics']);

  // A history graduate lacks all three, which is one ask, not three.
  const withHistory = await matchFor(history.id);
  expect(withHistory.skills.missingAlternatives).toEqual([['Accounting', 'Economics', 'Finance']]);
  expect(withHistory.gaps[0]).toBe('Missing required skills: one of Accounting, Economics or Finance');
  await page.goto(`/recruiter/jobs/${job}/candidates/${history.id}`);
  await expect(skillGroup(page, 'Missing required')).toContainText('one of Accounting, Economics or Finance');

  // The keyword table counts words, and says the same: the finance graduate's resume never writes "Accounting",
  // yet that ask is met by Finance; the history graduate misses the group once, not three times.
  const keywords = async (token: string) => {
    await page.goto(`/candidate/r/${token}/jobs/${job}`);
    await page.getByText('Keywords', { exact: true }).click();
    const table = page.getByRole('table', { name: /^Each term of the posting/ });
    await expect(table).toBeVisible();
    return (term: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${term}\\b`) }) });
  };
  let row = await keywords(finance.token);
  await expect(row('Accounting').getByRole('rowheader')).toContainText(
    'asked as one of Accounting, Economics or Finance',
  );
  await expect(row('Accounting').getByRole('cell').last()).toHaveText('0 · you use Finance instead');
  await expect(page.getByText(/misses \d+ required skill/)).toHaveCount(0);
  row = await keywords(history.token);
  for (const subject of ['Accounting', 'Economics', 'Finance'])
    await expect(row(subject).getByRole('cell').last()).toHaveText(/^✕ 0 · missing$/);
  await expect(
    page.getByText(/^7 terms of the posting; your resume uses 4 of them and misses 1 required skill\.$/),
  ).toBeVisible();
});

test('a requirement the resume misses names the skill it lacks, beside the line about the same work', async ({
  page,
  request,
}) => {
  const posting = [
    'Accounts Payable Specialist',
    '',
    'Requirements',
    '- Process vendor invoices and the weekly payment run in Coupa',
    '- Prepare balance sheet reconciliations for the controller',
    '- Comfortable working on the warehouse floor beside the receiving team',
  ].join('\n');
  const res = await request.post('/api/jobs', {
    data: { title: 'Accounts Payable Specialist (Coupa)', description: posting },
  });
  expect(res.status()).toBe(201);
  const job = (await res.json()).id as string;
  const mine = await uploadResume(
    request,
    'priya-ap.txt',
    fs.readFileSync(fixture('resume-accountant.txt'), 'utf8'),
  );
  await expect
    .poll(
      async () => {
        const { matches } = await (await request.get(`/api/jobs/${job}/matches?limit=500`)).json();
        return matches.some((m: { resumeId: string }) => m.resumeId === mine.id);
      },
      { timeout: 60_000 },
    )
    .toBe(true);

  // The resume runs the payment run for 400 vendors, in no named system: Coupa is missing, not the work.
  const rowOf = (text: string) =>
    page
      .getByRole('table', { name: /^Each requirement of the posting/ })
      .getByRole('row')
      .filter({ hasText: text });
  const coupa = 'Process vendor invoices and the weekly payment run in Coupa';
  const work = '“Processed accounts payable for 400 vendors and managed the weekly payment run.”';
  for (const path of [
    `/recruiter/jobs/${job}/candidates/${mine.id}`,
    `/candidate/r/${mine.token}/jobs/${job}`,
  ]) {
    await page.goto(path);
    const summary = page.locator('summary', { has: page.getByRole('heading', { name: 'Requirements' }) });
    if (await summary.count()) await summary.click();
    await expect(rowOf(coupa)).toContainText('Not in the resume: Coupa');
    await expect(rowOf(coupa)).toContainText(`The work, without Coupa: ${work}`);
    await expect(rowOf(coupa)).not.toContainText('Not found in the resume');
    // A requirement that names no skill, and that nothing in the resume shows, keeps the plain verdict.
    await expect(rowOf('warehouse floor')).toContainText('Not found in the resume');
  }
});
