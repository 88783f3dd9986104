import { z } from 'zod';

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

export function takeToken(
  key: string,
  { limit, windowMs }: RateLimitOptions,
  now = Date.now(),
): RateLimitResult {
  const all = windows();
  let w = all.get(key);
  if (!w || now - w.start >= windowMs) {
    w = { start: now, count: 0 };
    all.set(key, w);
    if (all.size > 10_000) for (const [k, v] of all) if (now - v.start >= windowMs) all.delete(k);
  }
  if (w.count >= limit)
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) };
  w.count += 1;
  return { ok: true, remaining: limit - w.count };
}

/**
 * The client's address as the reverse proxy in front reports it (X-Forwarded-For, X-Real-IP), trusted only when
 * TRUST_PROXY=1 says there is such a proxy: otherwise anyone could pick a fresh key per request. Without a proxy
 * every client shares the key 'local' (a route handler does not see the socket address), which suits one machine.
 */
export function clientKey(headers: Headers, trustProxy = trustsProxy()): string {
  if (!trustProxy) return 'local';
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip')?.trim() || 'local';
}

function trustsProxy(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true';
}

const UploadLimitEnv = z.object({
  UPLOAD_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  UPLOAD_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
});

/** Uploads allowed per client and window: UPLOAD_RATE_LIMIT (30) per UPLOAD_RATE_WINDOW_SECONDS (60). */
export function uploadRateLimit(env: Record<string, string | undefined> = process.env): RateLimitOptions {
  const parsed = UploadLimitEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return { limit: parsed.data.UPLOAD_RATE_LIMIT, windowMs: parsed.data.UPLOAD_RATE_WINDOW_SECONDS * 1000 };
}
