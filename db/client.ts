import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PoolClient } from 'pg';
import { loadConfig } from '../lib/config';
import { processGlobal } from '../lib/process-global';
import * as schema from './schema';

/** Both drivers expose the same pg-core query builder; PGlite's type stands for both. */
export type Db = PgliteDatabase<typeof schema>;

interface DbHandle {
  db: Db;
  close: () => Promise<void>;
  kind: 'pglite' | 'postgres';
  /** Runs fn while holding a database-wide lock, so instances sharing one database take turns (seeding, say). */
  withLock: <T>(key: number, fn: () => Promise<T>) => Promise<T>;
  /**
   * Runs statements one after another on one connection, so a session setting (`set maintenance_work_mem`) holds for
   * those that follow it. Statements that cannot run in a transaction (VACUUM) may run here.
   */
  inSession: <T>(fn: (exec: (statement: string) => Promise<void>) => Promise<T>) => Promise<T>;
}

/** Keys of the database-wide (advisory) locks; any 64-bit numbers unique to this app. */
const MIGRATION_LOCK = 7_301_001;
export const SEED_LOCK = 7_301_002;
/** Bulk uploads check for duplicates and store under it, so two instances never store one file or person twice. */
export const BULK_LOCK = 7_301_003;

const opened = processGlobal<Promise<DbHandle>>('db');

const migrationsFolder = () => path.join(process.cwd(), 'db', 'migrations');

async function openPglite(dataDir: string): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { vector } = await import('@electric-sql/pglite-pgvector');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const dir = path.join(dataDir, 'pglite');
  fs.mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir, { extensions: { vector } });
  const db = drizzle(client, { schema });
  // Tells migrations they run on the embedded database (0006 skips the HNSW index here).
  await client.exec("set rolefit.embedded = 'on'");
  await migrate(db, { migrationsFolder: migrationsFolder() });
  // One process owns an embedded database, so its lock is a no-op.
  return {
    db,
    close: () => client.close(),
    kind: 'pglite',
    withLock: (_key, fn) => fn(),
    inSession: (fn) => fn(async (statement) => void (await client.exec(statement))),
  };
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle connection that breaks (a database restart) must not take the process down; the pool reconnects.
  pool.on('error', (err) => console.error('A Postgres connection failed:', err.message));
  // Holds a session-level advisory lock on one connection while fn runs: instances sharing the database take turns.
  const withLock = async <T>(key: number, fn: (client: PoolClient) => Promise<T>): Promise<T> => {
    const holder = await pool.connect();
    try {
      await holder.query('select pg_advisory_lock($1)', [key]);
      return await fn(holder);
    } finally {
      await holder.query('select pg_advisory_unlock($1)', [key]).catch(() => {});
      holder.release();
    }
  };
  try {
    await withLock(MIGRATION_LOCK, (client) =>
      migrate(drizzle(client, { schema }), { migrationsFolder: migrationsFolder() }),
    );
  } catch (err) {
    await pool.end();
    throw err;
  }
  const db = drizzle(pool, { schema });
  return {
    db: db as unknown as Db,
    close: () => pool.end(),
    kind: 'postgres',
    withLock: (key, fn) => withLock(key, () => fn()),
    inSession: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn(async (statement) => void (await client.query(statement)));
      } finally {
        // The settings die with the connection rather than linger in the pool.
        client.release(true);
      }
    },
  };
}

/**
 * The database for this process, opened and migrated on first use. Never call it at import time: `next build`
 * must not open the data dir, and PGlite allows one process per directory.
 */
export function getDbHandle(): Promise<DbHandle> {
  return opened.getOrCreate(() => {
    const config = loadConfig();
    return (config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir)).catch(
      (err: unknown) => {
        opened.clear();
        throw err;
      },
    );
  });
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

export async function closeDb(): Promise<void> {
  const handle = opened.get();
  opened.clear();
  if (handle) await (await handle).close();
}
