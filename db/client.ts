import fs from 'node:fs';
import path from 'node:path';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { loadConfig } from '../lib/config';
import * as schema from './schema';

/** Both drivers expose the same pg-core query builder; PGlite's type stands for both. */
export type Db = PgliteDatabase<typeof schema>;

interface DbHandle {
  db: Db;
  close: () => Promise<void>;
  kind: 'pglite' | 'postgres';
}

const GLOBAL_KEY = Symbol.for('rolefit.db');
type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: Promise<DbHandle> };

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
  await migrate(db, { migrationsFolder: migrationsFolder() });
  return { db, close: () => client.close(), kind: 'pglite' };
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new Pool({ connectionString: url, max: 10 });
  const db = drizzle(pool, { schema });
  await migrate(db, { migrationsFolder: migrationsFolder() });
  return { db: db as unknown as Db, close: () => pool.end(), kind: 'postgres' };
}

/**
 * The database for this process, opened and migrated on first use. Never call it at import time: `next build`
 * must not open the data dir, and PGlite allows one process per directory.
 */
export function getDbHandle(): Promise<DbHandle> {
  const g = globalThis as GlobalWithDb;
  if (!g[GLOBAL_KEY]) {
    const config = loadConfig();
    g[GLOBAL_KEY] = (config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir)).catch((err: unknown) => {
      delete g[GLOBAL_KEY];
      throw err;
    });
  }
  return g[GLOBAL_KEY];
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

export async function closeDb(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const handle = g[GLOBAL_KEY];
  delete g[GLOBAL_KEY];
  if (handle) await (await handle).close();
}
