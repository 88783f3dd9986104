// npm run bench: speed and scale figures for this machine, printed as one table. See README "Deployment".
//
// BENCH_SCALE=small     a quick run (about 3 minutes) with smaller sizes; the default is the full run (under 15 min)
// BENCH_SECTIONS=...    any of embedding,upload,ranking,server (comma-separated; default all)
// BENCH_RUNS=n          runs per median (default 5, small 3)
// BENCH_RANK_SIZES=...  stored resumes for the ranking section (default 1000,10000,100000; small 1000,10000)
// BENCH_JOBS=n          stored jobs for one resume's ranking (default 10000; small 2000)
// BENCH_IMPORT=n        resumes in the bulk import (default 120; small 30)
// BENCH_SKIP_BUILD=1    reuse the server build in .next-bench instead of building it again
// DATABASE_URL=...      also run the database sections (upload, ranking, server) on this PostgreSQL server, beside
//                       the embedded database: each in a scratch database of its own, created and dropped on it
import os from 'node:os';
import { z } from 'zod';
import { closeEmbedder } from '../lib/embeddings/model';
import { benchEmbedding } from './bench/embedding';
import { benchRanking } from './bench/ranking';
import { benchServer } from './bench/server';
import { scratchDatabase } from '../test-support/postgres';
import { closeDb } from '../db/client';
import { printTable, type Row } from './bench/stats';
import { benchUpload } from './bench/upload';

const SECTIONS = ['embedding', 'upload', 'ranking', 'server'] as const;

const Env = z.object({
  BENCH_SCALE: z.enum(['small', 'full']).default('full'),
  BENCH_SECTIONS: z.string().default(SECTIONS.join(',')),
  BENCH_RUNS: z.coerce.number().int().min(1).optional(),
  BENCH_RANK_SIZES: z.string().optional(),
  BENCH_JOBS: z.coerce.number().int().min(10).optional(),
  BENCH_IMPORT: z.coerce.number().int().min(4).optional(),
  BENCH_SKIP_BUILD: z.enum(['0', '1']).default('0'),
  DATABASE_URL: z.string().optional(),
});

type Database = 'PGlite' | 'Postgres';

/**
 * Runs `section` on each database and returns its rows side by side: the embedded database always, and with
 * DATABASE_URL a scratch database on that server, dropped afterwards (the named database itself is never written).
 */
async function onEachDatabase(
  serverUrl: string | undefined,
  log: (m: string) => void,
  section: (db: Database) => Promise<Row[]>,
): Promise<Row[]> {
  const byDb: Row[][] = [];
  for (const db of serverUrl ? (['PGlite', 'Postgres'] as const) : (['PGlite'] as const)) {
    const scratch = db === 'Postgres' ? await scratchDatabase(serverUrl!, 'rolefit_bench') : null;
    if (scratch) process.env.DATABASE_URL = scratch.url;
    else delete process.env.DATABASE_URL;
    if (serverUrl) log(`  on ${db}`);
    try {
      byDb.push((await section(db)).map((r) => ({ ...r, database: db })));
    } finally {
      await closeDb();
      await scratch?.drop();
    }
  }
  process.env.DATABASE_URL = serverUrl ?? '';
  // Each measure of PGlite followed by the same measure of Postgres.
  return byDb[0]!.flatMap((row, i) => [
    row,
    ...byDb
      .slice(1)
      .map((rows) => rows[i])
      .filter((r) => r !== undefined),
  ]);
}

async function main(): Promise<void> {
  const env = Env.parse(process.env);
  const small = env.BENCH_SCALE === 'small';
  const sections = new Set(env.BENCH_SECTIONS.split(',').map((s) => s.trim()));
  const runs = env.BENCH_RUNS ?? (small ? 3 : 5);
  const rankSizes = (env.BENCH_RANK_SIZES ?? (small ? '1000,10000' : '1000,10000,100000'))
    .split(',')
    .map(Number);
  const started = performance.now();
  const startLoad = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const rows: Row[] = [];
  const log = (msg: string) =>
    console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${msg}`);
  log(
    `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, scale ${env.BENCH_SCALE}`,
  );

  if (sections.has('embedding')) {
    log('1. embedding throughput');
    rows.push(...(await benchEmbedding({ runs })));
  }
  if (sections.has('upload')) {
    log('2. upload to matches');
    rows.push(
      ...(await onEachDatabase(env.DATABASE_URL, log, () =>
        benchUpload({ runs: small ? 8 : 20, jobs: 50, log }),
      )),
    );
  }
  if (sections.has('ranking')) {
    log('3. ranking over stored resumes and jobs');
    rows.push(
      ...(await onEachDatabase(env.DATABASE_URL, log, () =>
        benchRanking({
          runs: small ? 10 : 20,
          sizes: rankSizes,
          jobs: env.BENCH_JOBS ?? (small ? 2000 : 10_000),
          log,
        }),
      )),
    );
  }
  await closeEmbedder();
  if (sections.has('server')) {
    log('4-5. server memory, bulk import and page latency');
    let built = env.BENCH_SKIP_BUILD === '1';
    rows.push(
      ...(await onEachDatabase(env.DATABASE_URL, log, async (db) => {
        const server = await benchServer({
          imports: env.BENCH_IMPORT ?? (small ? 30 : 120),
          skipBuild: built,
          log,
        });
        built = true;
        return db === 'Postgres'
          ? server.map((r) =>
              /RSS/.test(r.measure)
                ? { ...r, note: `${r.note ?? ''}; the app server only, not PostgreSQL's own processes` }
                : r,
            )
          : server;
      })),
    );
  }

  log('done');
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `\nRolefit bench: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, Node ${process.version}, scale ${env.BENCH_SCALE}, ` +
      `${((performance.now() - started) / 60_000).toFixed(1)} min; load average at start ${startLoad}, at end ${load} ` +
      '(other work on the machine slows every figure)\n',
  );
  printTable(rows);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
