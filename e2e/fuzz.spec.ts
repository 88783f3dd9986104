import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { fuzzInputs, loadFuzzFixtures, seededRandom, type FuzzInput } from '../lib/ingest/fuzz-inputs';
import { ANONYMOUS } from './helpers';

// Malformed uploads through the HTTP API against the built server: no 5xx, a JSON error for every refusal, and the
// server healthy throughout. Seeded, so a failure names an input that can be made again (FUZZ_SEED, FUZZ_HTTP_COUNT).

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const FILE_COUNT = Number(process.env.FUZZ_HTTP_COUNT ?? 1000);
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
