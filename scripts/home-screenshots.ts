// Regenerates the home page's pictures of the product from the running app, so they stay real:
//
//   npm run dev            (or any running Rolefit; the demo jobs are seeded on a first start)
//   npx tsx scripts/home-screenshots.ts [base URL, default http://127.0.0.1:3000]
//
// It uploads three of the e2e fixture resumes (fictional people), takes a candidate's match page and a recruiter's
// ranked candidates, saves them as WebP under public/home/, and deletes the resumes again. It signs in as
// ROLEFIT_EMAIL / ROLEFIT_PASSWORD (the dev demo recruiter by default); on a fresh install it creates that recruiter
// through /setup first.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

const BASE = process.argv[2] ?? 'http://127.0.0.1:3000';
const EMAIL = process.env.ROLEFIT_EMAIL ?? 'demo@rolefit.local';
const PASSWORD = process.env.ROLEFIT_PASSWORD ?? 'rolefit-demo';
const OUT = path.join(process.cwd(), 'public', 'home');
const FIXTURES = path.join(process.cwd(), 'e2e', 'fixtures');
const VIEWPORT = { width: 1200, height: 900 };
const SCALE = 2;
const JOB = 'Machine Learning Engineer';
const RESUMES = [
  { file: 'resume-ml-engineer.pdf', type: 'application/pdf' },
  { file: 'resume-frontend.md', type: 'text/markdown' },
  { file: 'resume-accountant.txt', type: 'text/plain' },
];

interface Uploaded {
  id: string;
  token: string;
}

async function upload(file: string, type: string): Promise<Uploaded> {
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(path.join(FIXTURES, file))], { type }), file);
  form.append('visibility', 'recruiters');
  const res = await fetch(`${BASE}/api/resumes`, { method: 'POST', body: form });
  if (res.status !== 202) throw new Error(`Uploading ${file} answered ${res.status}: ${await res.text()}`);
  const uploaded = (await res.json()) as Uploaded;
  for (let i = 0; i < 180; i++) {
    const status = (
      (await (
        await fetch(`${BASE}/api/resumes/${uploaded.id}`, {
          headers: { authorization: `Bearer ${uploaded.token}` },
        })
      ).json()) as { status: string }
    ).status;
    if (status === 'ready') return uploaded;
    if (status === 'failed') throw new Error(`${file} could not be analysed`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${file} was not analysed within 90 s`);
}

async function remove(resume: Uploaded): Promise<void> {
  await fetch(`${BASE}/api/resumes/${resume.id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${resume.token}` },
  });
}

/** A WebP of the page from the top of `from` to the bottom of `to`, the width of the main column. */
async function shoot(page: Page, from: string, to: string, file: string): Promise<void> {
  const main = (await page.locator('main').boundingBox())!;
  const top = (await page.locator(from).first().boundingBox())!;
  const bottom = (await page.locator(to).first().boundingBox())!;
  const pad = 16;
  const clip = {
    x: main.x,
    y: top.y - pad,
    width: main.width,
    height: bottom.y + bottom.height - top.y + 2 * pad,
    scale: 1,
  };
  const cdp = await page.context().newCDPSession(page);
  const { data } = (await cdp.send('Page.captureScreenshot', {
    format: 'webp',
    quality: 82,
    clip,
    captureBeyondViewport: true,
  })) as { data: string };
  fs.writeFileSync(path.join(OUT, file), Buffer.from(data, 'base64'));
  console.log(`${file}: ${Math.round(clip.width * SCALE)} x ${Math.round(clip.height * SCALE)}`);
}

async function signIn(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: SCALE });
  await page.goto(`${BASE}/recruiter/jobs`);
  if (page.url().endsWith('/setup')) {
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Repeat the password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
  } else if (!page.url().endsWith('/recruiter/jobs')) {
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.waitForURL(/\/recruiter\/jobs$/);
  return page;
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const executablePath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const uploaded: Uploaded[] = [];
  try {
    for (const { file, type } of RESUMES) uploaded.push(await upload(file, type));
    const candidate = uploaded[0]!;

    // The candidate: their match for the job, from the title to the verdict.
    const { matches } = (await (
      await fetch(`${BASE}/api/resumes/${candidate.id}/matches`, {
        headers: { authorization: `Bearer ${candidate.token}` },
      })
    ).json()) as { matches: { jobId: string; title: string }[] };
    const match = matches.find((m) => m.title === JOB) ?? matches[0]!;
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: SCALE });
    await page.goto(`${BASE}/candidate/r/${candidate.token}/jobs/${match.jobId}`);
    await page.getByRole('region', { name: /^Your fit:/ }).waitFor();
    await shoot(page, 'main h1', 'section[aria-labelledby="verdict-heading"]', 'candidate-match.webp');

    // The recruiter: the same job's ranked candidates.
    const recruiter = await signIn(browser);
    await recruiter.getByRole('link', { name: JOB, exact: true }).first().click();
    await recruiter.waitForURL(/\/recruiter\/jobs\/[\w-]+$/);
    const rows = recruiter.locator('main table tbody tr');
    await rows.first().waitFor();
    // The ranked table (its header to the third candidate), the heart of the recruiter's page.
    await shoot(
      recruiter,
      'main table',
      `:nth-match(main table tbody tr, ${Math.min(3, await rows.count())})`,
      'recruiter-ranking.webp',
    );
  } finally {
    await Promise.all(uploaded.map(remove));
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
