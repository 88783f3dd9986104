import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';

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
  return spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URL,
      NEXT_DIST_DIR: '.next-e2e',
      DATA_DIR: dataDir,
      SESSION_SECRET: SECRET,
      TRUST_PROXY: '1',
      UPLOAD_RATE_LIMIT: '30',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'inherit',
  });
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
          if (server.exitCode !== null) return resolve();
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
    multipart: { file: { name: 'robin.txt', mimeType: 'text/plain', buffer: Buffer.from(resume) } },
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
