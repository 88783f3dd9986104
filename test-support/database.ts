// The database a test file of db/ or services/ runs on: the embedded database in a temporary DATA_DIR, or, when
// TEST_DB=postgres (npm run test:postgres), a scratch database of its own on the PostgreSQL server TEST_DATABASE_URL
// names. Either way the file gets an empty, migrated database through the app's own getDb().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDb } from '../db/client';
import { scratchDatabase } from './postgres';

export interface TestDatabase {
  /** The temporary DATA_DIR (the session secret and such live there on either database). */
  dataDir: string;
  kind: 'pglite' | 'postgres';
  /** Closes the connection and removes the data dir and any scratch database. */
  close(): Promise<void>;
}

/** Which database the suite runs on: TEST_DB=postgres needs TEST_DATABASE_URL. */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  if (process.env.TEST_DB !== 'postgres') return 'pglite';
  if (!process.env.TEST_DATABASE_URL)
    throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL, a PostgreSQL server with pgvector.');
  return 'postgres';
}

/** Points DATA_DIR (and DATABASE_URL on Postgres) at a fresh database for this test file. */
export async function openTestDatabase(label: string): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `rolefit-${label}-`));
  process.env.DATA_DIR = dataDir;
  const kind = testDatabaseKind();
  const scratch = kind === 'postgres' ? await scratchDatabase(process.env.TEST_DATABASE_URL!) : null;
  if (scratch) process.env.DATABASE_URL = scratch.url;
  else delete process.env.DATABASE_URL;
  return {
    dataDir,
    kind,
    async close() {
      await closeDb();
      await scratch?.drop();
      delete process.env.DATABASE_URL;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
