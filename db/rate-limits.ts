import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { getDb, type Db } from './client';
import { rateLimits } from './schema';

/*
 * Each function takes the database to use (`on`), for a test that plays a second instance; the app passes none.
 */

/**
 * Counts one event for `key` in a fixed window of `windowMs` that starts at the key's first event, in one atomic
 * upsert, so instances sharing the database count against one allowance. Returns the count so far and the window's
 * end (ms since the epoch). A refused event still counts, as rate-limiter-flexible's consume does in memory.
 */
export async function countRateLimitEvent(
  key: string,
  windowMs: number,
  on?: Db,
): Promise<{ points: number; expire: number }> {
  const db = on ?? (await getDb());
  const now = Date.now();
  const expired = sql`${rateLimits.expire} <= ${now}`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, points: 1, expire: now + windowMs })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        points: sql`case when ${expired} then 1 else ${rateLimits.points} + 1 end`,
        expire: sql`case when ${expired} then ${now + windowMs} else ${rateLimits.expire} end`,
      },
    })
    .returning({ points: rateLimits.points, expire: rateLimits.expire });
  return { points: row!.points, expire: row!.expire ?? now + windowMs };
}

/** Gives back one counted event of the key's current window. */
export async function refundRateLimitEvent(key: string, on?: Db): Promise<void> {
  const db = on ?? (await getDb());
  await db
    .update(rateLimits)
    .set({ points: sql`greatest(${rateLimits.points} - 1, 0)` })
    .where(and(eq(rateLimits.key, key), gt(rateLimits.expire, Date.now())));
}

/** Forgets the key's count. */
export async function resetRateLimit(key: string, on?: Db): Promise<void> {
  const db = on ?? (await getDb());
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
