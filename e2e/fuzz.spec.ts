import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { hostileStrings } from '../test-support/fuzz-fields';
import { fuzzInputs, loadFuzzFixtures, seededRandom, type FuzzInput } from '../test-support/fuzz-inputs';
import { ANONYMOUS, RECRUITER_STATE } from './helpers';

// Malformed uploads, and hostile text in every field, through the HTTP API against the built server: no 5xx, a JSON
// error for every refusal, and the server healthy throughout. Seeded, so a failure names an input that can be made
// again (FUZZ_SEED, FUZZ_HTTP_COUNT, FUZZ_FIELD_COUNT).

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const FILE_COUNT = Number(process.env.FUZZ_HTTP_COUNT ?? 1000);
const FIELD_COUNT = Number(process.env.FUZZ_FIELD_COUNT ?? 80);
const ENVELOPE_COUNT = 200;
const IN_FLIGHT = 4;
// Under the e2e server's 300 uploads a minute per client.
const REQUESTS_PER_CLIENT = 250;

test.use({ storageState: ANONYMOUS });

interface Sent {
  label: string;
  send: (request: APIRequestContext, headers: Record<string, string>) => Promise<APIResponse>;
}

function fileUpload(input: FuzzInput, index: number): Sent {
  return {
    label: `#${index} ${input.family} (${input.bytes.length} bytes)`,
    send: (request, headers) =>
      request.post('/api/resumes', {
        headers,
        multipart: {
          file: { name: input.filename, mimeType: input.mimeType, buffer: Buffer.from(input.bytes) },
        },
      }),
  };
}

/** Broken requests around the file: wrong content types, missing or odd boundaries, odd field and file names. */
function envelopes(count: number): Sent[] {
  const random = seededRandom(SEED + 1);
  const text = Buffer.from(
    'Python engineer with SQL and Docker, eight years of building data pipelines on AWS.',
  );
  const raw =
    (contentType: string | null, body: Buffer | string): Sent['send'] =>
    (request, headers) =>
      request.post('/api/resumes', {
        headers: { ...headers, ...(contentType === null ? {} : { 'content-type': contentType }) },
        data: body,
      });
  const part = (name: string, filename: string | null, body: Buffer | string, boundary = 'b0undary') =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename === null ? '' : `; filename="${filename}"`}\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      Buffer.from(body),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
  const kinds: Array<[string, () => Sent['send']]> = [
    ['json body', () => raw('application/json', JSON.stringify({ file: text.toString() }))],
    [
      'urlencoded body',
      () => raw('application/x-www-form-urlencoded', `file=${encodeURIComponent(text.toString())}`),
    ],
    ['plain text body', () => raw('text/plain', text)],
    ['no content type', () => raw(null, text)],
    ['multipart without boundary', () => raw('multipart/form-data', part('file', 'cv.txt', text))],
    [
      'multipart with the wrong boundary',
      () => raw('multipart/form-data; boundary=other', part('file', 'cv.txt', text)),
    ],
    [
      'multipart cut short',
      () =>
        raw(
          'multipart/form-data; boundary=b0undary',
          part('file', 'cv.txt', text).subarray(0, Math.floor(random() * 150)),
        ),
    ],
    ['empty multipart', () => raw('multipart/form-data; boundary=b0undary', '')],
    ['field is not a file', () => raw('multipart/form-data; boundary=b0undary', part('file', null, text))],
    [
      'file in another field',
      () => raw('multipart/form-data; boundary=b0undary', part('resume', 'cv.txt', text)),
    ],
    [
      'path traversal filename',
      () =>
        raw('multipart/form-data; boundary=b0undary', part('file', '../../../etc/passwd', Buffer.alloc(10))),
    ],
    [
      'huge filename',
      () =>
        raw(
          'multipart/form-data; boundary=b0undary',
          part('file', `${'a'.repeat(20_000)}.txt`, Buffer.from('\x00\x01')),
        ),
    ],
    [
      'unicode filename',
      () =>
        raw(
          'multipart/form-data; boundary=b0undary',
          part('file', 'résumé 履歴書 🚀\u202e.txt', Buffer.from('short')),
        ),
    ],
    [
      'random body as multipart',
      () =>
        raw(
          'multipart/form-data; boundary=b0undary',
          Buffer.from(Array.from({ length: Math.floor(random() * 5000) }, () => Math.floor(random() * 256))),
        ),
    ],
    [
      'very long boundary',
      () =>
        raw(
          `multipart/form-data; boundary=${'x'.repeat(5000)}`,
          part('file', 'cv.txt', Buffer.alloc(3), 'x'.repeat(5000)),
        ),
    ],
  ];
  return Array.from({ length: count }, (_, i) => {
    const [label, make] = kinds[Math.floor(random() * kinds.length)]!;
    return { label: `envelope #${i} ${label}`, send: make() };
  });
}

test('1,000+ malformed uploads through the HTTP API: no 5xx, JSON errors, the server stays healthy', async ({
  request,
}) => {
  test.setTimeout(300_000);
  // Few readable-text inputs: every accepted upload is stored and embedded, and is deleted again below.
  const files = fuzzInputs(SEED, FILE_COUNT, loadFuzzFixtures(), { readableTextShare: 0.03 }).map(fileUpload);
  const all = [...files, ...envelopes(ENVELOPE_COUNT)];
  const statuses = new Map<number, number>();
  const problems: string[] = [];
  let accepted = 0;
  let next = 0;
  const started = Date.now();

  const sendOne = async (i: number): Promise<void> => {
    const { label, send } = all[i]!;
    const res = await send(request, {
      'x-forwarded-for': `fuzz-${SEED}-${Math.floor(i / REQUESTS_PER_CLIENT)}`,
    });
    const status = res.status();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const body = await res.text();
    let json: { error?: unknown; id?: unknown; token?: unknown } | null = null;
    try {
      json = JSON.parse(body);
    } catch {
      problems.push(`${label}: ${status} answered with non-JSON ${body.slice(0, 80)}`);
      return;
    }
    if (status >= 500 || status === 429) problems.push(`${label}: ${status} ${body.slice(0, 200)}`);
    else if (status === 202) {
      accepted++;
      // Deleting at once keeps the embedding queue short; the delete path gets fuzzed traffic too.
      const gone = await request.delete(`/api/resumes/${json!.id}`, {
        headers: { authorization: `Bearer ${json!.token}` },
      });
      if (gone.status() !== 204)
        problems.push(`${label}: deleting the accepted upload answered ${gone.status()}`);
    } else if (status < 400 || typeof json!.error !== 'string' || !json!.error)
      problems.push(`${label}: ${status} without an error sentence: ${body.slice(0, 200)}`);
  };

  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      for (let i = next++; i < all.length; i = next++) {
        await sendOne(i);
        if (i % 100 === 0) {
          const health = await request.get('/api/health');
          if (health.status() !== 200) problems.push(`health after ${i} requests: ${health.status()}`);
        }
      }
    }),
  );

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  console.log(
    `fuzz: ${all.length} requests (${files.length} files, ${ENVELOPE_COUNT} envelopes) in ${seconds} s; ${summary}; ${accepted} accepted and deleted`,
  );
  test
    .info()
    .annotations.push({ type: 'fuzz', description: `${all.length} requests in ${seconds} s; ${summary}` });

  expect(problems).toEqual([]);
  expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
  expect(all.length).toBeGreaterThanOrEqual(1000);
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect((await health.json()).status).toBe('ok');
});

test('hostile text in every field, filter, path id and file name: no 5xx, a JSON error for every refusal', async ({
  baseURL,
  playwright,
  request,
}) => {
  test.setTimeout(300_000);
  const recruiter = await playwright.request.newContext({ baseURL, storageState: RECRUITER_STATE });
  const { jobs } = (await (await recruiter.get('/api/jobs')).json()) as { jobs: { id: string }[] };
  const jobId = jobs[0]!.id;
  const resume = 'Ana Ruiz\nData engineer with Python, SQL, Airflow and dbt; six years of pipelines on AWS.';
  const statuses = new Map<number, number>();
  const problems: string[] = [];

  /** No 5xx and no 429; an API refusal (`api`) also says what went wrong in a JSON `error` sentence. */
  const check = async (label: string, res: APIResponse, api: boolean): Promise<string> => {
    const status = res.status();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const body = await res.text();
    if (status >= 500 || status === 429) problems.push(`${label}: ${status} ${body.slice(0, 200)}`);
    else if (api && status >= 400) {
      let error: unknown;
      try {
        error = (JSON.parse(body) as { error?: unknown }).error;
      } catch {
        problems.push(`${label}: ${status} answered with non-JSON ${body.slice(0, 80)}`);
        return body;
      }
      if (typeof error !== 'string' || !error) problems.push(`${label}: ${status} without an error sentence`);
    }
    return body;
  };

  for (const [i, { family, value }] of hostileStrings(SEED + 2, FIELD_COUNT).entries()) {
    const label = `#${i} ${family}`;
    const client = { 'x-forwarded-for': `fuzz-field-${SEED}-${i}` };

    for (const field of ['email', 'password', 'next']) {
      const attempt = {
        email: `fuzz-${i}-${field}@rolefit.test`,
        password: 'not the password',
        [field]: value,
      };
      await check(
        `${label} in sign-in ${field}`,
        await request.post('/api/session', { headers: client, data: attempt }),
        true,
      );
    }
    // Each post has one other field wrong too, so none is stored: the fuzz must not add jobs other specs would rank.
    for (const field of ['title', 'company', 'location', 'description']) {
      const job = {
        title: field === 'description' ? 'X' : 'Data Engineer',
        description: 'too short',
        [field]: value,
      };
      const res = await recruiter.post('/api/jobs', { data: job });
      if (res.status() === 201) problems.push(`${label} in job ${field}: stored a job meant to be refused`);
      await check(`${label} in job ${field}`, res, true);
    }

    // In addresses: made well-formed first (encodeURIComponent throws on half a UTF-16 pair) and kept short, since
    // Node refuses a request head over 16 KB before the app sees it.
    const part = encodeURIComponent(Buffer.from(value.slice(0, 200)).toString());
    const filters = ['q', 'skill', 'min', 'status', 'sort', 'size', 'page']
      .map((k) => `${k}=${part}`)
      .join('&');
    await check(
      `${label} in export filters`,
      await recruiter.get(`/api/jobs/${jobId}/export.csv?${filters}`),
      true,
    );
    await check(
      `${label} in the list window`,
      await recruiter.get(`/api/jobs/${jobId}/matches?limit=${part}&offset=${part}`),
      true,
    );
    await check(
      `${label} in the job page's filters`,
      await recruiter.get(`/recruiter/jobs/${jobId}?${filters}`),
      false,
    );

    // As path ids: Next may answer an odd path itself (308 for "//", an HTML 404), so "no 5xx" is what holds for all.
    // The link token is well-formed, so a resume id would reach the query that checks it.
    const token = {
      authorization: `Bearer ${Buffer.from(value).toString('base64url').padEnd(43, 'A').slice(0, 43)}`,
    };
    const asIs = { maxRedirects: 0 };
    await check(`${label} as a job id`, await recruiter.get(`/api/jobs/${part}/matches`, asIs), false);
    await check(`${label} as a job page`, await recruiter.get(`/recruiter/jobs/${part}`, asIs), false);
    await check(
      `${label} as a resume id`,
      await request.get(`/api/resumes/${part}`, { headers: token, ...asIs }),
      false,
    );
    await check(
      `${label} as a resume to delete`,
      await request.delete(`/api/resumes/${part}`, { headers: token, ...asIs }),
      false,
    );

    // As a file name, raw in the part header: stored cleaned, or the form refused when the name breaks the header.
    const boundary = 'fuzz-field-boundary';
    const upload = await request.post('/api/resumes', {
      headers: { ...client, 'content-type': `multipart/form-data; boundary=${boundary}` },
      data: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="`),
        Buffer.from(value),
        Buffer.from(`.txt"\r\nContent-Type: text/plain\r\n\r\n${resume}\r\n--${boundary}--\r\n`),
      ]),
    });
    const accepted = await check(`${label} as a file name`, upload, true);
    if (upload.status() === 202) {
      const { id, token: link } = JSON.parse(accepted) as { id: string; token: string };
      const asCandidate = { headers: { authorization: `Bearer ${link}` } };
      const stored = await check(
        `${label} stored`,
        await request.get(`/api/resumes/${id}`, asCandidate),
        true,
      );
      if (stored.includes('\\u0000')) problems.push(`${label}: a NUL was stored in the file name`);
      const gone = await request.delete(`/api/resumes/${id}`, asCandidate);
      if (gone.status() !== 204)
        problems.push(`${label}: deleting the accepted upload answered ${gone.status()}`);
    }
  }
  await recruiter.dispose();

  const summary = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  console.log(`field fuzz: ${FIELD_COUNT} strings; ${summary}`);
  expect(problems).toEqual([]);
  expect((await request.get('/api/health')).status()).toBe(200);
});
