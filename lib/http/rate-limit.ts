import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { loadConfig } from '../config';
import { processGlobal } from '../process-global';

/** At most `limit` events per key in a fixed window of `windowMs`, starting at the key's first event. */
export interface RateLimitOptions {
  limit: number;
  windowMs: number;
}

export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

/** The app's one rate limiter: counts per key (a client, an account, a device) and answers how long to wait. */
export interface RateLimiter {
  /** Counts one event, unless the key is over its limit: then nothing is allowed until its window ends. */
  take(key: string): Promise<RateLimitResult>;
  /** Gives back one counted event (an attempt that turned out to be no reason to slow the key down). */
  refund(key: string): Promise<void>;
  /** Forgets the key's count, as after a successful sign-in. */
  reset(key: string): Promise<void>;
}

const limiters = processGlobal<Map<string, RateLimiter>>('rateLimiters');

/**
 * The limiter named `name` with these options, counting in process memory: one per process (kept on globalThis, so
 * every route bundle and a dev-server reload share the counts). On a shared Postgres database the counts live in the
 * database instead, so instances share them: services/rate-limits.ts picks which.
 */
export function rateLimiter(name: string, { limit, windowMs }: RateLimitOptions): RateLimiter {
  const byName = limiters.getOrCreate(() => new Map());
  const id = `${name}:${limit}:${windowMs}`;
  let limiter = byName.get(id);
  if (!limiter) {
    limiter = wrap(
      new RateLimiterMemory({ keyPrefix: `rolefit:${id}`, points: limit, duration: windowMs / 1000 }),
    );
    byName.set(id, limiter);
  }
  return limiter;
}

function wrap(counts: RateLimiterAbstract): RateLimiter {
  return {
    async take(key) {
      try {
        const res = await counts.consume(key);
        return { ok: true, remaining: res.remainingPoints };
      } catch (err) {
        // A refusal rejects with the counts; anything else is the store failing and must not pass as "allowed".
        if (!(err instanceof RateLimiterRes)) throw err;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
      }
    },
    async refund(key) {
      await counts.reward(key);
    },
    async reset(key) {
      await counts.delete(key);
    },
  };
}

/** How far to trust a reverse proxy's word about the client: how many proxies append to the header, and which header. */
export interface ProxyTrust {
  /** 0: no proxy, no header is believed. N: the last N X-Forwarded-For entries were added by our own proxies. */
  hops: number;
  header: 'x-forwarded-for' | 'x-real-ip';
}

/**
 * The client's address as our own reverse proxies report it, or null when there is no proxy to believe (a route
 * handler does not see the socket address). Proxies append the address they saw to X-Forwarded-For, so only the
 * right-hand entries are theirs: with N proxies the client is the Nth entry from the right, and anything to its left
 * was written by the client. X-Real-IP is believed only when TRUST_PROXY_HEADER names it (a proxy that sets it).
 */
export function clientAddress(headers: Headers, trust: ProxyTrust = loadConfig().proxy): string | null {
  if (trust.hops < 1) return null;
  if (trust.header === 'x-real-ip') return headers.get('x-real-ip')?.trim().toLowerCase() || null;
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped some of them, and the leftmost is the furthest hop known.
  return entries[Math.max(0, entries.length - trust.hops)] ?? null;
}

/** The key a per-client limit counts under: the client's address, or 'local' (everyone together) without a proxy. */
export function clientKey(headers: Headers, trust: ProxyTrust = loadConfig().proxy): string {
  return clientAddress(headers, trust) ?? 'local';
}
