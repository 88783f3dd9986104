import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { MULTIPART_OVERHEAD_BYTES } from '../lib/http/multipart';
import { MAX_UPLOAD_BYTES } from '../lib/ingest';
import { buildSpinningPdf } from '../test-support/documents';
import { ANONYMOUS, fixture, RECRUITER_STATE } from './helpers';
import { openPost, type RawAnswer } from './raw-post';

// Hostile input: oversized and lying bodies, files that make parsing spin, text that is not text, markup in
// resumes and postings, cross-site posts, and clients that upload too fast. Each test names its own client with
// X-Forwarded-For (the e2e server trusts it, as it would behind a proxy), so rate limits never leak between tests.

const client = (name: string) => ({
  'x-forwarded-for': `hostile-${name}-${Math.random().toString(36).slice(2, 8)}`,
});
const MB = 1024 * 1024;
const BOUNDARY = 'rolefit-hostile-boundary';
const UPLOAD_HEAD = Buffer.from(
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\nContent-Type: text/plain\r\n\r\n`,
);

test.use({ storageState: ANONYMOUS });

/** A multipart upload of `huge.txt` to /api/resumes, with `sendBytes` of its content sent and the body left open. */
function startUpload(
  baseURL: string,
  opts: { declaredBytes?: number; sendBytes: number; key: string },
): Promise<RawAnswer> {
  return openPost(baseURL, '/api/resumes', {
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'x-forwarded-for': opts.key },
    head: UPLOAD_HEAD,
    ...(opts.declaredBytes !== undefined ? { declaredBytes: opts.declaredBytes } : {}),
    sendBytes: opts.sendBytes,
  });
}

test.describe('the size limit holds while the body streams in', () => {
  test('a declared 200 MB upload is refused with 413 and what to do before its body is sent', async ({
    baseURL,
    request,
  }) => {
    const answer = await startUpload(baseURL!, {
      declaredBytes: 200 * MB,
      sendBytes: 0,
      key: client('declared')['x-forwarded-for'],
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      error: 'The file is larger than 10 MB. Upload a smaller PDF, DOCX or text file.',
    });
    expect(answer.sentBytes).toBe(0);
    expect((await request.get('/api/health')).status()).toBe(200);
  });

  test('a chunked upload is refused with 413 once it passes 10 MB, without waiting for its end', async ({
    baseURL,
    request,
  }) => {
    // One byte past the limit sent and the body left open: only a server that counts bytes as they arrive can answer.
    const bodyLimit = MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES;
    const answer = await startUpload(baseURL!, {
      sendBytes: bodyLimit + 1 - UPLOAD_HEAD.length,
      key: client('chunked')['x-forwarded-for'],
    });
    expect(answer.status).toBe(413);
    expect(answer.sentBytes).toBe(bodyLimit + 1 - UPLOAD_HEAD.length);
    expect(JSON.parse(answer.body).error).toBe(
      'The file is larger than 10 MB. Upload a smaller PDF, DOCX or text file.',
    );
    expect((await request.get('/api/health')).status()).toBe(200);
  });
});

test('a PDF that makes parsing spin is stopped with a 422 while the server keeps answering', async ({
  request,
}) => {
  const spinning = Buffer.from(await buildSpinningPdf());
  const healthTimes: number[] = [];
  let done = false;
  const watchHealth = (async () => {
    while (!done) {
      const started = Date.now();
      expect((await request.get('/api/health')).status()).toBe(200);
      healthTimes.push(Date.now() - started);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const res = await request.post('/api/resumes', {
    headers: client('spin'),
    multipart: { file: { name: 'poster.pdf', mimeType: 'application/pdf', buffer: spinning } },
  });
  done = true;
  await watchHealth;
  expect(res.status()).toBe(422);
  expect((await res.json()).error).toBe(
    'The file took too long to read. Re-export it as a simpler PDF, or upload a DOCX or TXT instead.',
  );
  expect(healthTimes.length).toBeGreaterThan(5);
  expect(Math.max(...healthTimes)).toBeLessThan(2_000);
});

test('text full of control characters is refused with a 422; a few stray ones are cleaned and accepted', async ({
  request,
}) => {
  const headers = client('text');
  const junk = Buffer.from('Skills\x01\x02\x03 Python\x04\x05\x06 SQL\x07\x0e\x0f '.repeat(40));
  const refused = await request.post('/api/resumes', {
    headers,
    multipart: { file: { name: 'cv.txt', mimeType: 'text/plain', buffer: junk } },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatch(
    /mostly control characters or binary data.*as PDF, DOCX or plain text/,
  );

  const stray = fs.readFileSync(fixture('resume-accountant.txt'), 'utf8').replace(/\n\n/g, '\n\x1a\n');
  const accepted = await request.post('/api/resumes', {
    headers,
    multipart: { file: { name: 'cv.txt', mimeType: 'text/plain', buffer: Buffer.from(stray) } },
  });
  expect(accepted.status()).toBe(202);
  const { id, token } = await accepted.json();
  const resume = await (
    await request.get(`/api/resumes/${id}`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  expect(resume.filename).toBe('cv.txt');
  expect(
    (await request.delete(`/api/resumes/${id}`, { headers: { authorization: `Bearer ${token}` } })).status(),
  ).toBe(204);
});

test('uploads past the per-client rate limit get 429 with Retry-After, and other clients are unaffected', async ({
  request,
}) => {
  const tooFast = client('rate');
  const tiny = { file: { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('x') } };
  let limited = null;
  let allowed = 0;
  for (let i = 0; i < 2_000 && !limited; i++) {
    const res = await request.post('/api/resumes', { headers: tooFast, multipart: tiny });
    if (res.status() === 429) limited = res;
    else allowed++;
  }
  expect(limited, 'no 429 after 2,000 uploads').not.toBeNull();
  expect(allowed).toBeGreaterThan(0);
  const retryAfter = Number(limited!.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await limited!.json()).toEqual({
    error: `Too many uploads from here. Wait ${retryAfter} seconds, then upload again.`,
  });

  // Still limited on the next try; a different client is not.
  expect((await request.post('/api/resumes', { headers: tooFast, multipart: tiny })).status()).toBe(429);
  expect((await request.post('/api/resumes', { headers: client('other'), multipart: tiny })).status()).toBe(
    422,
  );
});

test('a cross-site form post to the upload API is refused before it is read', async ({ request }) => {
  const res = await request.post('/api/resumes', {
    headers: { ...client('csrf'), origin: 'http://evil.example' },
    multipart: {
      file: {
        name: 'cv.txt',
        mimeType: 'text/plain',
        buffer: fs.readFileSync(fixture('resume-accountant.txt')),
      },
    },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error).toMatch(/must come from Rolefit’s own pages/);
});

test('pages and API answers carry the security headers', async ({ request }) => {
  for (const url of ['/', '/candidate', '/login', '/api/health']) {
    const headers = (await request.get(url)).headers();
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp, url).toContain(directive);
    }
    expect(csp, `${url}: production allows no eval`).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['x-frame-options'], url).toBe('DENY');
    expect(headers['referrer-policy'], url).toBe('same-origin');
    expect(headers['permissions-policy'], url).toContain('camera=()');
    expect(headers['x-powered-by'], url).toBeUndefined();
  }
});

test.describe('markup in resumes and postings', () => {
  const FILENAME = '<img src=x onerror=window.__xss=1>.txt';
  const RESUME = [
    'Alex <b>Markup</b> Tester',
    '<script>window.__xss = 1; alert(1)</script>',
    '<img src=x onerror="window.__xss = 1; alert(2)">',
    'Data engineer with Python, SQL, Airflow and dbt; built batch and streaming pipelines on AWS for five years.',
    'Skills: Python, SQL, Spark, Kafka, Docker, Terraform',
  ].join('\n');
  const TITLE = 'Data Engineer <img src=x onerror=window.__xss=1>';
  const POSTING = [
    'We are hiring a data engineer. <script>window.__xss = 1; alert(3)</script>',
    'Requirements:',
    '- Python and SQL <iframe src="javascript:alert(4)"></iframe>',
    '- Airflow or dbt, and AWS',
  ].join('\n');

  /** Fails the test on any dialog or CSP violation, and checks no injected markup became DOM. */
  function guard(page: Page): { violations: string[] } {
    const seen = { violations: [] as string[] };
    page.on('dialog', (dialog) => {
      seen.violations.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) seen.violations.push(`csp: ${msg.text()}`);
    });
    return seen;
  }

  async function expectInert(page: Page, seen: { violations: string[] }): Promise<void> {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await expect(page.locator('img[src="x"], iframe[src^="javascript"]')).toHaveCount(0);
    expect(seen.violations).toEqual([]);
  }

  async function uploadReady(request: APIRequestContext): Promise<{ id: string; token: string }> {
    const res = await request.post('/api/resumes', {
      headers: client('xss'),
      // Visible to recruiters, whose pages must render it as text too.
      multipart: {
        file: { name: FILENAME, mimeType: 'text/plain', buffer: Buffer.from(RESUME) },
        visibility: 'recruiters',
      },
    });
    expect(res.status()).toBe(202);
    const { id, token } = await res.json();
    await expect
      .poll(
        async () =>
          (
            await (
              await request.get(`/api/resumes/${id}`, { headers: { authorization: `Bearer ${token}` } })
            ).json()
          ).status,
        {
          timeout: 90_000,
        },
      )
      .toBe('ready');
    return { id, token };
  }

  test('render as text for the candidate and the recruiter, never as HTML', async ({
    browser,
    baseURL,
    request,
  }) => {
    // The job is posted by the signed-in recruiter, whose saved state the suite keeps (see e2e/auth.setup.ts).
    const recruiter = await browser.newContext({ baseURL, storageState: RECRUITER_STATE });
    const posted = await recruiter.request.post('/api/jobs', {
      data: { title: TITLE, description: POSTING },
    });
    expect(posted.status(), await posted.text()).toBe(201);
    const { id: jobId } = await posted.json();
    const { id, token } = await uploadReady(request);

    const candidate = await browser.newContext({ baseURL, storageState: ANONYMOUS });
    const page = await candidate.newPage();
    const seen = guard(page);
    await page.goto(`/candidate/r/${token}`);
    await expect(page.getByRole('heading', { name: 'Your matches' })).toBeVisible();
    await expect(page.getByText(FILENAME).first()).toBeVisible();
    await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
    await expectInert(page, seen);

    await page.goto(`/candidate/r/${token}/jobs/${jobId}`);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await page.getByText('Read the full posting').click();
    await expect(
      page.getByText('<script>window.__xss = 1; alert(3)</script>', { exact: false }).first(),
    ).toBeVisible();
    await expectInert(page, seen);

    const recruiterPage = await recruiter.newPage();
    const recruiterSeen = guard(recruiterPage);
    await recruiterPage.goto(`/recruiter/resumes/${id}`);
    const text = recruiterPage.getByRole('region', { name: 'Extracted text' });
    await expect(text).toContainText('<script>window.__xss = 1; alert(1)</script>');
    await expect(text).toContainText('<img src=x onerror="window.__xss = 1; alert(2)">');
    await expectInert(recruiterPage, recruiterSeen);

    await recruiterPage.goto(`/recruiter/jobs/${jobId}`);
    await expect(recruiterPage.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await recruiterPage.getByText('Posting text').click();
    await expect(
      recruiterPage.getByText('<iframe src="javascript:alert(4)"></iframe>', { exact: false }).last(),
    ).toBeVisible();
    await expectInert(recruiterPage, recruiterSeen);

    await candidate.close();
    await recruiter.close();
  });

  test('no component renders raw HTML', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (
          /\.(tsx?|jsx?)$/.test(entry.name) &&
          /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(fs.readFileSync(file, 'utf8'))
        )
          offenders.push(file);
      }
    };
    for (const dir of ['app', 'components']) walk(dir);
    expect(offenders).toEqual([]);
  });
});
