import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { fixture } from './helpers';

// A second server of our own on its own data dir, built by the suite's web server step, so it can be killed.
const mainPort = process.env.E2E_PORT ?? '3100';
const PORT = Number(mainPort) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = mainPort === '3100' ? '.next-e2e' : `.next-e2e-${mainPort}`;
const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');

function startServer(dataDir: string): ChildProcess {
  return spawn(
    process.execPath,
    [NEXT_BIN, 'start', '-p', String(PORT), '-H', '127.0.0.1', '--keepAliveTimeout', '130000'],
    {
      env: {
        ...process.env,
        NEXT_DIST_DIR: DIST,
        DATA_DIR: dataDir,
        PORT: String(PORT),
        UPLOAD_RATE_LIMIT: '1000',
      },
      stdio: 'ignore',
    },
  );
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('the crash-test server did not become healthy');
}

function killHard(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill('SIGKILL');
  });
}

interface Ack {
  id: string;
  token?: string;
}

const headers = (ack: Ack): Record<string, string> =>
  ack.token ? { authorization: `Bearer ${ack.token}` } : {};

async function upload(i: number, round: number): Promise<Ack | null> {
  const base = fs.readFileSync(fixture('resume-accountant.txt'), 'utf8');
  const form = new FormData();
  form.append(
    'file',
    new Blob([`${base}\nReference number ${round}-${i}: reconciled ${i * 7} accounts in Q${(i % 4) + 1}.`]),
    `cv-${round}-${i}.txt`,
  );
  try {
    const res = await fetch(`${BASE}/api/resumes`, { method: 'POST', body: form });
    return res.status === 202 ? ((await res.json()) as Ack) : null;
  } catch {
    return null; // the server died before acknowledging: this upload was never promised
  }
}

test('uploads acknowledged before a crash are all processed after a restart, none twice', async () => {
  test.setTimeout(600_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-crash-'));
  let server = startServer(dataDir);
  try {
    await waitForHealth();
    const acknowledged: Ack[] = [];
    for (let round = 0; round < 2; round++) {
      // Fire a batch, and kill the server as soon as half of it is acknowledged: the rest are in flight.
      const pending = Array.from({ length: 12 }, (_, i) => upload(i, round));
      let acks = 0;
      await new Promise<void>((resolve) => {
        for (const p of pending)
          void p.then((ack) => {
            if (ack && ++acks === 6) resolve();
          });
        void Promise.all(pending).then(() => resolve());
      });
      await killHard(server);
      for (const ack of await Promise.all(pending)) if (ack) acknowledged.push(ack);
      server = startServer(dataDir);
      await waitForHealth();
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(12);

    const jobs = (await (await fetch(`${BASE}/api/health`)).json()) as { jobs: number };
    for (const ack of acknowledged) {
      await expect
        .poll(
          async () =>
            (
              (await (await fetch(`${BASE}/api/resumes/${ack.id}`, { headers: headers(ack) })).json()) as {
                status: string;
              }
            ).status,
          {
            timeout: 240_000,
          },
        )
        .toBe('ready');
      const { matches } = (await (
        await fetch(`${BASE}/api/resumes/${ack.id}/matches`, { headers: headers(ack) })
      ).json()) as {
        matches: { jobId: string }[];
      };
      // Exactly one match per open job: processed once, not twice, not partly.
      expect(matches).toHaveLength(jobs.jobs);
      expect(new Set(matches.map((m) => m.jobId)).size).toBe(jobs.jobs);
    }
  } finally {
    await killHard(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
