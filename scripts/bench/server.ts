// 4-5. The built server (next build, next start) on a temporary embedded database with the demo jobs: its memory
// with the model loaded, idle and during a bulk import through the upload API, the import's throughput, and the
// latency other users see meanwhile on a candidate's matches page and the matches API.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { baseResumeTexts, distinctPdf, PDF_RESUME, resumeVariant } from './corpus';
import { mb, median, ms, p95, sleep, type Row } from './stats';

const DIST_DIR = '.next-bench';
const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');

interface Ack {
  id: string;
  token: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Resident memory of a process and its descendants (the server and anything it started), in bytes. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const stack = [pid]; stack.length;) {
    const p = stack.pop()!;
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

class Server {
  private constructor(
    readonly base: string,
    readonly child: ChildProcess,
    readonly dataDir: string,
  ) {}

  /** Starts the built server on `dataDir` (a new temporary one when omitted) and waits until it is healthy. */
  static async start(
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-bench-server-')),
  ): Promise<Server> {
    const port = await freePort();
    const env = {
      ...process.env,
      NEXT_DIST_DIR: DIST_DIR,
      DATA_DIR: dataDir,
      PORT: String(port),
      SEED_DEMO_JOBS: '1',
      UPLOAD_RATE_LIMIT: '100000',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const server = new Server(`http://127.0.0.1:${port}`, child, dataDir);
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the bench server exited with code ${child.exitCode}`);
      try {
        if ((await fetch(`${server.base}/api/health`)).ok) return server;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('the bench server did not become healthy in 3 minutes');
      await sleep(250);
    }
  }

  async upload(bytes: Uint8Array, name: string): Promise<Ack> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${this.base}/api/resumes`, { method: 'POST', body: form });
    if (res.status !== 202) throw new Error(`upload of ${name} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Ack;
  }

  async status(ack: Ack): Promise<string> {
    const res = await fetch(`${this.base}/api/resumes/${ack.id}`, {
      headers: { authorization: `Bearer ${ack.token}` },
    });
    return ((await res.json()) as { status: string }).status;
  }

  async waitReady(ack: Ack, timeoutMs = 600_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (let status = await this.status(ack); status !== 'ready'; status = await this.status(ack)) {
      if (status === 'failed') throw new Error(`resume ${ack.id} failed to process`);
      if (Date.now() > deadline) throw new Error(`resume ${ack.id} still ${status} after ${timeoutMs} ms`);
      await sleep(250);
    }
  }

  /** One page view of another user: the candidate's matches page (HTML) or the matches API, alternately. */
  async view(ack: Ack, i: number): Promise<number> {
    const start = performance.now();
    const res =
      i % 2
        ? await fetch(`${this.base}/api/resumes/${ack.id}/matches`, {
            headers: { authorization: `Bearer ${ack.token}` },
          })
        : await fetch(`${this.base}/candidate/r/${ack.token}`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`page view answered ${res.status}`);
    return performance.now() - start;
  }

  rss(): number {
    return this.child.pid ? treeRss(this.child.pid) : 0;
  }

  /** Stops the server; its data dir is removed unless `keepData`. */
  async stop(keepData = false): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (this.child.exitCode === null) this.child.kill('SIGKILL');
    }
    if (!keepData) fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  async idleRss(): Promise<number> {
    await sleep(2_000);
    const samples: number[] = [];
    for (let i = 0; i < 12; i++, await sleep(250)) samples.push(this.rss());
    return median(samples);
  }
}

export async function benchServer(opts: {
  imports: number;
  skipBuild: boolean;
  log: (m: string) => void;
}): Promise<Row[]> {
  if (!opts.skipBuild || !fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
    opts.log(`  building the app into ${DIST_DIR}`);
    const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error(`next build failed with code ${build.status}`);
  }
  opts.log('  first start: creates the database, seeds the demo jobs');
  const first = await Server.start();
  const pdf = new Uint8Array(fs.readFileSync(PDF_RESUME));
  const bases = await baseResumeTexts();
  // Warm-up: the model loads in its worker thread on the first upload; these two resumes are the "other users".
  const viewers = [
    await first.upload(distinctPdf(pdf, 9999), 'viewer.pdf'),
    await first.upload(new TextEncoder().encode(resumeVariant(bases, 9999)), 'viewer.txt'),
  ];
  for (const v of viewers) await first.waitReady(v);
  const firstRss = await first.idleRss();
  await first.stop(true);
  // A server runs on an existing database far more often than on a new one (creating it leaves ~150 MB behind in the
  // embedded database's memory), so the figures below come from a restart on the same data dir.
  opts.log('  restart on the same data dir');
  const server = await Server.start(first.dataDir);
  try {
    const warm = await server.upload(distinctPdf(pdf, 9998), 'warm.pdf');
    await server.waitReady(warm);
    for (let i = 0; i < 10; i++) await server.view(viewers[i % 2]!, i);
    const idle = await server.idleRss();
    const idleViews: number[] = [];
    for (let i = 0; i < 40; i++, await sleep(50)) idleViews.push(await server.view(viewers[i % 2]!, i));

    opts.log(`  bulk import of ${opts.imports} resumes while another user browses`);
    const files = Array.from({ length: opts.imports }, (_, i) =>
      i % 4 === 0
        ? { bytes: distinctPdf(pdf, i), name: `import-${i}.pdf` }
        : {
            bytes: new TextEncoder().encode(resumeVariant(bases, i)),
            name: `import-${i}.${i % 4 === 1 ? 'md' : 'txt'}`,
          },
    );
    const busyRss: number[] = [];
    const busyViews: number[] = [];
    let importing = true;
    const sampler = (async () => {
      while (importing) {
        busyRss.push(server.rss());
        await sleep(250);
      }
    })();
    const browser = (async () => {
      for (let i = 0; importing; i++) {
        busyViews.push(await server.view(viewers[i % 2]!, i));
        await sleep(100);
      }
    })();
    const start = performance.now();
    const acks: Ack[] = [];
    // The import script: two uploads in flight at a time, as fast as the server acknowledges them.
    let next = 0;
    await Promise.all(
      [0, 1].map(async () => {
        for (let i = next++; i < files.length; i = next++)
          acks.push(await server.upload(files[i]!.bytes, files[i]!.name));
      }),
    );
    const uploadedMs = performance.now() - start;
    for (const ack of acks) await server.waitReady(ack);
    const importMs = performance.now() - start;
    importing = false;
    await Promise.all([sampler, browser]);

    const perMinute = (opts.imports * 60_000) / importMs;
    const busyP95 = p95(busyViews);
    return [
      {
        section: '4',
        measure: 'server RSS with the model loaded, idle',
        value: mb(idle),
        target: '< 800 MB',
        met: idle < 800 * 1024 * 1024,
        note: `next start process tree after a restart, median of 12 samples; ${mb(firstRss)} on the first start, which creates the database`,
      },
      {
        section: '4',
        measure: 'server RSS during the bulk import',
        value: `${mb(median(busyRss))} median`,
        note: `max ${mb(Math.max(...busyRss))}`,
      },
      {
        section: '5',
        measure: `bulk import throughput (${opts.imports} resumes over HTTP)`,
        value: `${perMinute.toFixed(0)} resumes/min`,
        note: `all acknowledged after ${(uploadedMs / 1000).toFixed(1)} s, all ready after ${(importMs / 1000).toFixed(1)} s; 1 in 4 a PDF`,
      },
      {
        section: '5',
        measure: 'other users: page p95 during the bulk import',
        value: ms(busyP95),
        target: '< 300 ms',
        met: busyP95 < 300,
        note: `p50 ${ms(median(busyViews))}, ${busyViews.length} views; idle p50 ${ms(median(idleViews))}, p95 ${ms(p95(idleViews))}`,
      },
    ];
  } finally {
    await server.stop();
  }
}
