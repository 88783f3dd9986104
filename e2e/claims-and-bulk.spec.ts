import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ANONYMOUS, skillGroup } from './helpers';
import { parseCsv } from './workspace-fixtures';

// Issue 11: a skill the candidate adds is their claim, shown apart and never scored as evidence.

/** A word no other test's resume contains, new for every run of a test (so repeats never meet as duplicates). */
function tag(): string {
  const letters = Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26)));
  return `Q${letters.join('')}`;
}

async function postJob(page: Page, title: string, description: string): Promise<string> {
  const res = await page.request.post('/api/jobs', { data: { title, description } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** The job's export, filtered by a search word, as rows (header first). */
async function exportRows(page: Page, jobId: string, query: string): Promise<string[][]> {
  const res = await page.request.get(`/api/jobs/${jobId}/export.csv?${query}`);
  expect(res.status()).toBe(200);
  return parseCsv((await res.text()).replace(/^\uFEFF/, ''));
}

const CLAIM_POSTING = `About the role
We run the platform our product teams deploy to, and keep it fast and safe.

Requirements
- 3+ years building backend services in Python
- Run Kubernetes in production
- Terraform and Docker for every environment`;

function claimResume(name: string, email: string): string {
  return `${name}
Backend Engineer
${email} · Berlin

Summary
Backend engineer building Python services and the cloud infrastructure they run on. 6 years of experience.

Experience
Backend Engineer, Northwind Cloud — 2019 – 2025
- Built Python APIs on PostgreSQL serving two million requests a day.
- Packaged every service with Docker and kept the AWS environments in Terraform.
- Set up Prometheus alerting and on-call runbooks for the team.

Education
BSc Computer Science, 2015 – 2019
`;
}

/** Uploads a resume as its candidate, letting recruiters see it, and waits until it is analysed. */
async function uploadVisibleResume(
  request: APIRequestContext,
  name: string,
  text: string,
): Promise<{ id: string; token: string }> {
  const res = await request.post('/api/resumes', {
    multipart: {
      file: { name, mimeType: 'text/plain', buffer: Buffer.from(text) },
      visibility: 'recruiters',
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
          ).json()) as {
            status: string;
          }
        ).status,
      { timeout: 90_000 },
    )
    .toBe('ready');
  return { id, token };
}

test('a skill the candidate adds reaches recruiters as a claim, apart from the evidence, and leaves the score as it was', async ({
  page,
  browser,
  baseURL,
}) => {
  const who = tag();
  const name = `Morgan ${who}`;
  const jobId = await postJob(page, `Platform Engineer ${who}`, CLAIM_POSTING);

  const candidate = await browser.newContext({ baseURL, storageState: ANONYMOUS });
  const resume = await uploadVisibleResume(
    candidate.request,
    `${who}.txt`,
    claimResume(name, `morgan.${who.toLowerCase()}@claims.example.com`),
  );
  const detail = `/recruiter/jobs/${jobId}/candidates/${resume.id}`;
  const scoreOf = async () =>
    Number(await page.getByRole('meter', { name: 'Match score', exact: true }).getAttribute('aria-valuenow'));

  // Before the claim: Kubernetes is missing, as the resume does not show it.
  await page.goto(detail);
  const before = await scoreOf();
  await expect(skillGroup(page, 'Missing required')).toContainText('Kubernetes');

  const mine = await candidate.newPage();
  await mine.goto(`/candidate/r/${resume.token}`);
  await mine.getByLabel('Add a skill').fill('k8s');
  await mine.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(mine.getByRole('status').filter({ hasText: 'Added Kubernetes' })).toContainText(
    'Recruiters see it as your claim',
  );
  await expect(
    mine.getByRole('list', { name: 'Your skills' }).getByRole('listitem').filter({ hasText: 'Kubernetes' }),
  ).toContainText(
    'added by you — recruiters see it as claimed, and it does not raise your score until your resume shows it',
  );
  // The candidate's advice still says the resume lacks it, and says why the claim does not count.
  await mine.goto(`/candidate/r/${resume.token}/jobs/${jobId}`);
  const gap = mine
    .getByRole('region', { name: 'How to close the gap', exact: true })
    .getByRole('listitem')
    .filter({ has: mine.getByRole('heading', { name: 'Kubernetes', exact: true }) });
  await expect(gap).toContainText('You added Kubernetes yourself');
  await candidate.close();

  // The recruiter sees the claim as a claim: not ✓, not ✕, and the score is what the resume earns.
  await page.goto(detail);
  const claimed = 'Kubernetes — claimed by the candidate, not in the resume';
  await expect(skillGroup(page, 'Claimed, not in the resume')).toContainText(claimed);
  await expect(skillGroup(page, 'Matched')).not.toContainText('Kubernetes');
  await expect(skillGroup(page, 'Missing required')).not.toContainText('Kubernetes');
  expect(await scoreOf()).toBe(before);

  // The ranked row says so too.
  await page.goto(`/recruiter/jobs/${jobId}?q=${who}`);
  const row = page
    .getByRole('region', { name: 'Candidates table' })
    .getByRole('row')
    .filter({ hasText: name });
  await expect(row).toContainText(claimed);
  await expect(row.getByRole('meter')).toHaveAttribute('aria-valuenow', String(before));

  // The export puts the claim in its own column, never among the matched skills.
  const [header, ...rows] = await exportRows(page, jobId, `q=${who}`);
  const column = (label: string) => header!.indexOf(label);
  expect(column('Claimed skills (not in the resume)')).toBeGreaterThan(0);
  expect(rows).toHaveLength(1);
  expect(rows[0]![column('Candidate')]).toBe(name);
  expect(rows[0]![column('Matched skills')]).not.toContain('Kubernetes');
  expect(rows[0]![column('Missing required skills')]).not.toContain('Kubernetes');
  expect(rows[0]![column('Claimed skills (not in the resume)')]).toBe('Kubernetes');
  expect(Number(rows[0]![column('Score')])).toBe(before);
  // Filtering on the skill looks at evidence: a claim does not put the candidate in the list.
  expect(await exportRows(page, jobId, `q=${who}&skill=Kubernetes`)).toHaveLength(1);

  // And so does the API (read page by page: every earlier test's resumes are ranked for this job too).
  type ApiMatch = {
    resumeId: string;
    score: number;
    skills: { matched: { name: string }[]; claimed: { name: string }[] };
  };
  let match: ApiMatch | undefined;
  for (let offset = 0; !match; offset += 500) {
    const { matches } = (await (
      await page.request.get(`/api/jobs/${jobId}/matches?limit=500&offset=${offset}`)
    ).json()) as { matches: ApiMatch[] };
    expect(matches.length, 'the candidate is listed').toBeGreaterThan(0);
    match = matches.find((m) => m.resumeId === resume.id);
  }
  expect(match.score).toBe(before);
  expect(match.skills.claimed.map((s) => s.name)).toEqual(['Kubernetes']);
  expect(match.skills.matched.map((s) => s.name)).not.toContain('Kubernetes');
});

