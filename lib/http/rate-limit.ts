/**
 * A fixed-window limiter per key (client address plus action), in process memory: enough for one server;
 * several instances behind a load balancer each enforce their own share.
 */
export interface RateLimitOptions {
  limit: number;
  windowMs: number;
}

export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

interface Window {
  start: number;
  count: number;
}

const KEY = Symbol.for('rolefit.rate-limits');
type GlobalWithLimits = typeof globalThis & { [KEY]?: Map<string, Window> };

function windows(): Map<string, Window> {
  const g = globalThis as GlobalWithLimits;
  return (g[KEY] ??= new Map());
}

export function takeToken(key: string, { limit, windowMs }: RateLimitOptions, now = Date.now()): RateLimitResult {
  const all = windows();
  let w = all.get(key);
  if (!w || now - w.start >= windowMs) {
    w = { start: now, count: 0 };
    all.set(key, w);
    if (all.size > 10_000) for (const [k, v] of all) if (now - v.start >= windowMs) all.delete(k);
  }
  if (w.count >= limit) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) };
  w.count += 1;
  return { ok: true, remaining: limit - w.count };
}

/** The client's address as the proxy in front reports it, or a fixed key when there is none (local use). */
export function clientKey(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'local';
}
