import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { ANONYMOUS, fixture } from './helpers';

// 100 candidates upload at the same moment: every upload the server acknowledges is stored and processed.

const CONCURRENT = 100;
const BASES = ['resume-accountant.txt', 'resume-frontend.md'].map((name) =>
  fs.readFileSync(fixture(name), 'utf8'),
);

test.use({ storageState: ANONYMOUS });

/** A distinct resume per upload, so none is a duplicate of another. */
function resumeText(i: number): string {
  const base = BASES[i % BASES.length]!;
  return `${base}\nPROJECTS\n- Load-test project ${i}: automated ${10 + i} reports and reconciled ${i * 13} accounts, saving ${i % 9} hours a week.`;
}

/** The e2e server's memory as the kernel reports it (Linux only): current and peak resident set, in MB. */
function serverMemory(port: number): { rssMb: number; peakMb: number } | null {
  try {
    const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set<string>();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
        const cols = line.trim().split(/\s+/);
        if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A') inodes.add(cols[9]!);
      }
    }
    for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      let fds: string[];
      try {
        fds = fs.readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      const listens = fds.some((fd) => {
        try {
          return inodes.has(/^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1] ?? '');
        } catch {
          return false;
        }
      });
      if (!listens) continue;
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
    }
  } catch {
    // not Linux, or /proc is not readable: the figure is a bonus, not the test
  }
  return null;
}

test(`${CONCURRENT} concurrent uploads are all acknowledged, stored and processed`, async ({
  request,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const port = Number(new URL(baseURL!).port);
  const before = serverMemory(port);
  const started = Date.now();

  // One client (as a script behind one address would be), within the e2e server's 300 uploads a minute.
  const answers = await Promise.all(
    Array.from({ length: CONCURRENT }, async (_, i) => {
      const res = await request.post('/api/resumes', {
        headers: { 'x-forwarded-for': 'load-test-client' },
        multipart: {
          file: { name: `load-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(resumeText(i)) },
        },
        timeout: 120_000,
      });
      return { status: res.status(), body: await res.json() };
    }),
  );
  const acknowledgedMs = Date.now() - started;
  expect(answers.map((a) => a.status)).toEqual(Array(CONCURRENT).fill(202));
  const acks = answers.map((a) => a.body as { id: string; status: string; token?: string });
  expect(new Set(acks.map((a) => a.id)).size).toBe(CONCURRENT);

  // Every acknowledged upload is stored at once (readable with its token) and reaches 'ready'.
  const pending = new Map(acks.map((a) => [a.id, a]));
  const failed: string[] = [];
  while (pending.size > 0 && Date.now() - started < 540_000) {
    for (const ack of [...pending.values()]) {
      const res = await request.get(`/api/resumes/${ack.id}`, {
        headers: ack.token ? { authorization: `Bearer ${ack.token}` } : {},
      });
      expect(res.status(), `resume ${ack.id}`).toBe(200);
      const { status } = await res.json();
      if (status === 'ready' || status === 'failed') pending.delete(ack.id);
      if (status === 'failed') failed.push(ack.id);
    }
    if (pending.size > 0) await new Promise((r) => setTimeout(r, 1_000));
  }
  const processedMs = Date.now() - started;
  const after = serverMemory(port);

  const memory =
    before && after
      ? `; server RSS ${before.rssMb} MB before, ${after.rssMb} MB after, peak ${after.peakMb} MB`
      : '';
  const report = `${CONCURRENT} concurrent uploads: all acknowledged in ${(acknowledgedMs / 1000).toFixed(1)} s, all processed in ${(processedMs / 1000).toFixed(1)} s${memory}`;
  console.log(report);
  test.info().annotations.push({ type: 'load', description: report });

  expect([...pending.keys()], 'still processing').toEqual([]);
  expect(failed, 'failed processing').toEqual([]);
  // Processed means scored: a sample of them has its matches.
  for (const ack of acks.slice(0, 5)) {
    const matches = await request.get(`/api/resumes/${ack.id}/matches`, {
      headers: ack.token ? { authorization: `Bearer ${ack.token}` } : {},
    });
    expect(matches.status()).toBe(200);
    expect((await matches.json()).matches.length).toBeGreaterThan(0);
  }
});
