import 'server-only';
import { getDbHandle, type Db } from '../db/client';
import { countRateLimitEvent, refundRateLimitEvent, resetRateLimit } from '../db/rate-limits';
import { rateLimiter, type RateLimiter, type RateLimitOptions } from '../lib/http/rate-limit';

/**
 * The limiter named `name`, counting where every instance sees the counts: in the shared Postgres database when the
 * app runs on one (so forty uploads split over two instances meet one allowance), else in this process's memory (the
 * embedded database has one process, and memory is faster).
 */
export async function sharedRateLimiter(name: string, options: RateLimitOptions): Promise<RateLimiter> {
  if ((await getDbHandle()).kind !== 'postgres') return rateLimiter(name, options);
  return databaseLimiter(name, options);
}

/**
 * The same limits as the in-memory limiter, with the counts in the `rate_limits` table (db/rate-limits.ts), on the
 * app's database or on `on`.
 */
export function databaseLimiter(name: string, { limit, windowMs }: RateLimitOptions, on?: Db): RateLimiter {
  const prefix = `rolefit:${name}:${limit}:${windowMs}:`;
  return {
    async take(key) {
      const { points, expire } = await countRateLimitEvent(prefix + key, windowMs, on);
      if (points <= limit) return { ok: true, remaining: limit - points };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((expire - Date.now()) / 1000)) };
    },
    refund: (key) => refundRateLimitEvent(prefix + key, on),
    reset: (key) => resetRateLimit(prefix + key, on),
  };
}
