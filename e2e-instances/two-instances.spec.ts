import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { generateResumes, makeZip } from '../e2e/workspace-fixtures';

// Two production servers share one Postgres database, as instances behind a load balancer do: a session, a job, a
// resume and a rate limit made on one hold on the other. Each has its own data dir, so nothing is shared but the
// database and SESSION_SECRET. A few lines of node:http in front deal requests out in turn.

const DATABASE_URL = process.env.DATABASE_URL;
const PORTS = [3211, 3212] as const;
const PROXY_PORT = 3210;
const SECRET = 'two-instances-test-secret-0123456789abcdef';
// One account per run of the file (a repeat runs it again on the same database).
const RECRUITER = {
  email: `lead-${Date.now().toString(36)}@instances.test`,
  password: 'two-instances-pass-1',
};

const servers: ChildProcess[] = [];
const dataDirs: string[] = [];
let proxy: http.Server;
let instance: APIRequestContext[] = [];
let balanced: APIRequestContext;

function startInstance(port: number): ChildProcess {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `rolefit-instance-${port}-`));
  dataDirs.push(dataDir);
  const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
  return spawn(
    process.execPath,
    [next, 'start', '-p', String(port), '-H', '127.0.0.1', '--keepAliveTimeout', '130000'],
    {
      env: {
        ...process.env,
        DATABASE_URL,
        NEXT_DIST_DIR: '.next-e2e',
        DATA_DIR: dataDir,
        SESSION_SECRET: SECRET,
        TRUST_PROXY: '1',
        UPLOAD_RATE_LIMIT: '30',
        // A dead instance's claims pass to the other after 10 s rather than the default minute.
        QUEUE_LEASE_MS: '10000',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: 'inherit',
    },
  );
}

/** Round robin, one request to each instance in turn. */
function startProxy(): Promise<http.Server> {
  let turn = 0;
  const server = http.createServer((req, res) => {
    const port = PORTS[turn++ % PORTS.length];
    const upstream = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // As the instances do: idle client connections outlive a test, so none is reused as the server closes it.
  server.keepAliveTimeout = 130_000;
  return new Promise((resolve) => server.listen(PROXY_PORT, '127.0.0.1', () => resolve(server)));
}

async function waitHealthy(ctx: APIRequestContext): Promise<void> {
  await expect
    .poll(async () => (await ctx.get('/api/health').catch(() => null))?.status() ?? 0, { timeout: 120_000 })
    .toBe(200);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  if (!DATABASE_URL)
    throw new Error('Run with DATABASE_URL set to a fresh Postgres database (npm run test:postgres).');
  const made = spawnSync(
    process.execPath,
    ['bin/rolefit.mjs', 'recruiter', 'create', '--email', RECRUITER.email, '--password', RECRUITER.password],
    {
      env: { ...process.env, DATABASE_URL, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-cli-')) },
    },
  );
  expect(made.status, made.stderr.toString()).toBe(0);
  for (const port of PORTS) servers.push(startInstance(port));
  proxy = await startProxy();
  instance = await Promise.all(
    PORTS.map((port) => playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${port}` })),
  );
  balanced = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${PROXY_PORT}` });
  for (const ctx of instance) await waitHealthy(ctx);
});

test.afterAll(async () => {
  await Promise.all([...instance, balanced].filter(Boolean).map((ctx) => ctx.dispose()));
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
  // Waits for each to exit, so a repeat of the file finds its ports free.
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          if (server.exitCode !== null || server.signalCode !== null) return resolve();
          server.once('exit', () => resolve());
          server.kill('SIGTERM');
        }),
    ),
  );
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Signs in on one instance and returns the session cookie as a header. */
async function signInOn(ctx: APIRequestContext): Promise<string> {
  const res = await ctx.post('/api/session', { data: RECRUITER });
  expect(res.status()).toBe(200);
  const cookie = res
    .headersArray()
    .find((h) => h.name.toLowerCase() === 'set-cookie' && /rolefit/i.test(h.value));
  expect(cookie, 'a session cookie').toBeTruthy();
  return cookie!.value.split(';')[0]!;
}

test('a session made on one instance works on the other', async () => {
  const cookie = await signInOn(instance[0]!);
  for (const ctx of instance) {
    const jobs = await ctx.get('/api/jobs', { headers: { cookie } });
    expect(jobs.status()).toBe(200);
  }
  expect((await instance[1]!.get('/api/jobs')).status()).toBe(401);
});

test('a job posted on one instance ranks a resume uploaded to the other', async () => {
  const cookie = await signInOn(instance[1]!);
  const posted = await instance[0]!.post('/api/jobs', {
    headers: { cookie },
    data: {
      title: 'Payroll Specialist',
      description:
        'Requirements\n- 3+ years running payroll with ADP\n- Payroll tax filings and reconciliations\n- Advanced Excel',
    },
  });
  expect(posted.status()).toBe(201);
  const { id: jobId } = await posted.json();

  const resume =
    'Robin Vale\nPayroll Specialist\nRan payroll for 400 staff with ADP; filed payroll taxes and reconciled them each quarter in Excel.';
  const upload = await instance[1]!.post('/api/resumes', {
    headers: { 'x-forwarded-for': '192.0.2.10' },
    multipart: {
      file: { name: 'robin.txt', mimeType: 'text/plain', buffer: Buffer.from(resume) },
      visibility: 'recruiters',
    },
  });
  expect(upload.status()).toBe(202);
  const { id, token } = await upload.json();
  await expect
    .poll(
      async () =>
        (
          await (
            await instance[0]!.get(`/api/resumes/${id}`, { headers: { authorization: `Bearer ${token}` } })
          ).json()
        ).status,
    )
    .toBe('ready');
  await expect
    .poll(async () => {
      const ranked = await (
        await instance[0]!.get(`/api/jobs/${jobId}/matches`, { headers: { cookie } })
      ).json();
      return (ranked.matches as { resumeId: string }[]).map((m) => m.resumeId);
    })
    .toContain(id);
});

test('forty uploads from one client, dealt over two instances, get one allowance of thirty', async ({}, testInfo) => {
  // A client of its own for each repeat of the test, so each starts with a whole allowance.
  const client = `198.51.100.${77 + testInfo.repeatEachIndex}`;
  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) {
    const res = await balanced.post('/api/resumes', {
      headers: { 'x-forwarded-for': client },
      multipart: {
        file: {
          name: `limit-${i}.txt`,
          mimeType: 'text/plain',
          buffer: Buffer.from(
            `Ada Quill ${i}\nBookkeeper\nKept the books of ${i + 3} shops in QuickBooks: invoices, payroll and bank reconciliations.`,
          ),
        },
      },
    });
    statuses.push(res.status());
  }
  expect(statuses.filter((s) => s === 202)).toHaveLength(30);
  expect(statuses.filter((s) => s === 429)).toHaveLength(10);
});

/** Reads a bulk upload's NDJSON answer line by line until it ends or the connection drops. */
async function* ndjson(body: ReadableStream<Uint8Array>): AsyncGenerator<Record<string, unknown>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return; // the instance died mid-answer
    }
    if (chunk.done) return;
    buffered += decoder.decode(chunk.value, { stream: true });
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line.trim()) yield JSON.parse(line) as Record<string, unknown>;
    }
  }
}

test('kill -9 of one instance during a bulk upload: the other processes every acknowledged resume, once', async ({}, testInfo) => {
  test.setTimeout(420_000);
  const run = `${Date.now().toString(36)}-${testInfo.repeatEachIndex}`;
  const cookie = await signInOn(instance[1]!);
  const posted = await instance[1]!.post('/api/jobs', {
    headers: { cookie },
    data: {
      title: `Platform Engineer ${run}`,
      description: 'Requirements\n- Kubernetes and Python\n- Terraform on AWS',
    },
  });
  expect(posted.status()).toBe(201);
  const { id: jobId } = (await posted.json()) as { id: string };
  // 49 distinct people, new to this run (their own emails) so a repeat on the same database is not a duplicate.
  const files = generateResumes().map((r) => ({
    name: r.file,
    data: Buffer.from(r.text.replaceAll('@example.com', `@run-${run}.example.com`)),
  }));
  const zip = makeZip(files);
  const form = () => {
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(zip)]), `batch-${run}.zip`);
    return body;
  };

  // Upload to the first instance and kill it hard once ten files are acknowledged; the rest are in flight.
  const acknowledged = new Map<string, string>(); // file name -> resume id
  const victim = servers[0]!;
  let killed = false;
  const answer = await fetch(`http://127.0.0.1:${PORTS[0]}/api/jobs/${jobId}/uploads`, {
    method: 'POST',
    headers: { cookie },
    body: form(),
  });
  expect(answer.status).toBe(200);
  for await (const event of ndjson(answer.body!)) {
    if (event.type === 'result' && event.outcome === 'added')
      acknowledged.set(String(event.name), String(event.resumeId));
    if (acknowledged.size >= 10 && !killed) {
      killed = true;
      const exited = new Promise((resolve) => victim.once('exit', resolve));
      victim.kill('SIGKILL');
      await exited;
    }
  }
  expect(victim.signalCode).toBe('SIGKILL');
  expect(acknowledged.size).toBeGreaterThanOrEqual(10);
  expect(acknowledged.size, 'the kill came before the batch was done').toBeLessThan(files.length);

  // The survivor takes over the dead instance's claims once their lease runs out, and processes each resume.
  const killedAt = Date.now();
  const ids = [...acknowledged.values()];
  await expect
    .poll(
      async () => {
        const res = await instance[1]!.get(`/api/jobs/${jobId}/uploads?ids=${ids.join(',')}`, {
          headers: { cookie },
        });
        const { resumes } = (await res.json()) as { resumes: { id: string; status: string }[] };
        return resumes.filter((r) => r.status === 'ready').length;
      },
      { timeout: 240_000, intervals: [2_000] },
    )
    .toBe(ids.length);

  console.log(
    `[instances] kill -9 after ${acknowledged.size} of ${files.length} files acknowledged; all processed by the survivor ${((Date.now() - killedAt) / 1000).toFixed(1)} s later`,
  );

  // Sending the whole batch again to the survivor stores only what was never acknowledged: nothing twice.
  const again = await fetch(`http://127.0.0.1:${PORTS[1]}/api/jobs/${jobId}/uploads`, {
    method: 'POST',
    headers: { cookie },
    body: form(),
  });
  const outcomes = new Map<string, string>();
  for await (const event of ndjson(again.body!))
    if (event.type === 'result') outcomes.set(String(event.name), String(event.outcome));
  expect(outcomes.size).toBe(files.length);
  for (const name of acknowledged.keys()) expect(outcomes.get(name), name).toBe('duplicate');
  expect([...outcomes.values()].filter((o) => o === 'error')).toEqual([]);

  // Every file of the batch ends up ranked for the job exactly once, acknowledged ones under their first id.
  await expect
    .poll(
      async () => {
        const ranked = (await (
          await instance[1]!.get(`/api/jobs/${jobId}/matches?limit=500`, { headers: { cookie } })
        ).json()) as { matches: { resumeId: string; filename?: string }[] };
        return ranked.matches.map((m) => m.resumeId);
      },
      { timeout: 240_000, intervals: [2_000] },
    )
    .toEqual(expect.arrayContaining(ids));
  const ranked = (await (
    await instance[1]!.get(`/api/jobs/${jobId}/matches?limit=500`, { headers: { cookie } })
  ).json()) as { matches: { resumeId: string }[] };
  const resumeIds = ranked.matches.map((m) => m.resumeId);
  expect(new Set(resumeIds).size, 'no resume ranked twice').toBe(resumeIds.length);
  for (const id of ids) expect(resumeIds.filter((r) => r === id)).toHaveLength(1);

  // The killed instance comes back for whatever runs next.
  servers[0] = startInstance(PORTS[0]);
  await waitHealthy(instance[0]!);
});
