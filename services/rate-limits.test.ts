import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDbHandle } from '../db/client';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Db } from '../db/client';
import { startTestPostgres, type TestPostgres } from '../test-support/postgres';
import { databaseLimiter, sharedRateLimiter } from './rate-limits';

// Two instances on one Postgres meet one allowance: this process's limiter, through the app's pool, and another
// instance's, through a pool of its own (no memory in common), count in the same table. Postgres over the wire is
// a real server in CI, else pglite-socket (test-support/postgres.ts).
let dataDir: string;
let postgres: TestPostgres;
let otherPool: Pool;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-rate-limits-'));
  postgres = await startTestPostgres({ maxConnections: 8 });
  process.env.DATA_DIR = dataDir;
  process.env.DATABASE_URL = postgres.url;
  otherPool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
});
afterAll(async () => {
  await otherPool.end();
  await closeDb();
  delete process.env.DATABASE_URL;
  await postgres.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('rate limits on a shared Postgres database', () => {
  it('counts the uploads of one client on two instances against one allowance', async () => {
    expect((await getDbHandle()).kind).toBe('postgres');
    const options = { limit: 30, windowMs: 60_000 };
    const here = await sharedRateLimiter('upload-shared-test', options);
    // The other instance: its own limiter object with its own database connection.
    const there = databaseLimiter('upload-shared-test', options, drizzle(otherPool) as unknown as Db);
    let allowed = 0;
    for (let i = 0; i < 40; i++) {
      if (i % 2 === 0) {
        if ((await here.take('203.0.113.9')).ok) allowed++;
      } else {
        if ((await there.take('203.0.113.9')).ok) allowed++;
      }
    }
    expect(allowed).toBe(30);
    // Another client has its own allowance.
    expect((await here.take('198.51.100.4')).ok).toBe(true);
  });

  it('keeps the counts in the database, not in the process', async () => {
    const { rows } = await otherPool.query<{ points: number }>(
      "select points from rate_limits where key = 'rolefit:upload-shared-test:30:60000:203.0.113.9'",
    );
    expect(rows[0]?.points).toBeGreaterThanOrEqual(30);
  });

  it('opens a new window when the old one ends, gives back a refunded event, and forgets a reset key', async () => {
    const limiter = await sharedRateLimiter('window-test', { limit: 2, windowMs: 300 });
    expect((await limiter.take('k')).ok).toBe(true);
    expect((await limiter.take('k')).ok).toBe(true);
    const refused = await limiter.take('k');
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await limiter.take('k')).toEqual({ ok: true, remaining: 1 });
    await limiter.refund('k');
    expect(await limiter.take('k')).toEqual({ ok: true, remaining: 1 });
    expect((await limiter.take('k')).ok).toBe(true);
    expect((await limiter.take('k')).ok).toBe(false);
    await limiter.reset('k');
    expect(await limiter.take('k')).toEqual({ ok: true, remaining: 1 });
  });
});
