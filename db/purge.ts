import 'server-only';
import { count, lte, max, sql } from 'drizzle-orm';
import { getDb, getDbHandle, type Db } from './client';
import { purgeRequests } from './schema';

/**
 * Deleting a row in Postgres only marks it dead: its bytes stay in the table file (until the page is rewritten) and
 * in the write-ahead log (until the segment is removed). A deleted resume's text could still be found by searching
 * the data folder. These are the tables that hold a resume's text or what was read from it, and those a deleted
 * recruiter account leaves rows in (its email, its own postings).
 */
const PERSONAL_TABLES = [
  'recruiters',
  'jobs',
  'resumes',
  'chunks',
  'matches',
  'applications',
  'application_notes',
  'compared_postings',
] as const;
/**
 * Memory for the index rebuilds of a purge on a Postgres server, for its one session only. With the server's usual
 * 64 MB an HNSW graph of 80,000 passages spills to disk and rebuilds in about 110 s; with this, in about 25 s.
 */
const PURGE_MAINTENANCE_MEMORY = '512MB';

/** Notes that deleted personal data awaits a purge; call it inside the deleting transaction. */
export async function requestPurge(tx: Pick<Db, 'insert'>): Promise<void> {
  await tx.insert(purgeRequests).values({});
}

/** How many deletions await a purge. */
export async function pendingPurges(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(purgeRequests);
  return row?.n ?? 0;
}

export interface PurgeReport {
  /** Deletions this purge made final. */
  requests: number;
  /** False when the server refused to checkpoint or switch the log (a managed server without the rights). */
  walRemoved: boolean;
}

/**
 * Makes pending deletions final on disk. VACUUM FULL rewrites each table (and its TOAST table and indexes, the
 * free-text search index included) into new files holding only live rows, and unlinks the old files. Then the log is
 * switched to a new segment and a checkpoint removes the old segments; the embedded database is told not to recycle
 * them (a recycled segment is renamed, not emptied). On a Postgres server the checkpointer follows the server's own
 * `wal_recycle`, and backups or WAL archives are the operator's to expire: the README says so.
 *
 * VACUUM FULL locks each table while it rewrites it, so purges are batched (services/purge.ts), not run per delete.
 */
export async function purgeDeleted(): Promise<PurgeReport> {
  const handle = await getDbHandle();
  const db = handle.db;
  const [seen] = await db.select({ id: max(purgeRequests.id) }).from(purgeRequests);
  if (seen?.id == null) return { requests: 0, walRemoved: true };
  await handle.inSession(async (exec) => {
    // Rewriting `chunks` rebuilds its HNSW index (on Postgres): with the graph in memory that is several times faster.
    if (handle.kind === 'postgres') await exec(`set maintenance_work_mem = '${PURGE_MAINTENANCE_MEMORY}'`);
    for (const table of PERSONAL_TABLES) await exec(`vacuum full ${table}`);
  });
  let walRemoved = true;
  try {
    if (handle.kind === 'pglite') await db.execute(sql`set wal_recycle = off`);
    await db.execute(sql`select pg_switch_wal()`);
    await db.execute(sql`checkpoint`);
  } catch (err) {
    walRemoved = false;
    console.warn(
      'Deleted rows were removed from the tables, but the server refused to checkpoint or switch its log:',
      err instanceof Error ? err.message : err,
    );
  }
  const done = await db
    .delete(purgeRequests)
    .where(lte(purgeRequests.id, seen.id))
    .returning({ id: purgeRequests.id });
  return { requests: done.length, walRemoved };
}
