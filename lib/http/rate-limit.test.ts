import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientAddress, clientKey, rateLimiter } from './rate-limit';

describe('clientAddress', () => {
  const oneProxy = { hops: 1, header: 'x-forwarded-for' } as const;
  const twoProxies = { hops: 2, header: 'x-forwarded-for' } as const;
  const noProxy = { hops: 0, header: 'x-forwarded-for' } as const;

  it('takes the address the proxy appended, never one the client wrote in front of it', () => {
    // The client sent "X-Forwarded-For: 203.0.113.7"; nginx, ALB and Caddy append the address they saw.
    const spoofed = new Headers({ 'x-forwarded-for': '203.0.113.7, 198.51.100.20' });
    expect(clientAddress(spoofed, oneProxy)).toBe('198.51.100.20');
    // A fresh made-up address per request still lands on the same key.
    const rotated = new Headers({ 'x-forwarded-for': '192.0.2.99, 198.51.100.20' });
    expect(clientKey(rotated, oneProxy)).toBe(clientKey(spoofed, oneProxy));
  });

  it('skips the configured number of trusted hops from the right', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.7, 198.51.100.20, 10.0.0.2' });
    expect(clientAddress(headers, twoProxies)).toBe('198.51.100.20');
    // Separate header lines arrive joined; blank entries are ignored.
    const lines = new Headers([
      ['x-forwarded-for', '203.0.113.7'],
      ['x-forwarded-for', ' 198.51.100.20 ,'],
    ]);
    expect(clientAddress(lines, oneProxy)).toBe('198.51.100.20');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.20' }), twoProxies)).toBe(
      '198.51.100.20',
    );
  });

  it('believes X-Real-IP only when configured, and no header at all without a proxy', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'x-real-ip': '198.51.100.2' });
    expect(clientAddress(headers, oneProxy)).toBe('10.0.0.1');
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.2' }), oneProxy)).toBeNull();
    expect(clientAddress(headers, { hops: 1, header: 'x-real-ip' })).toBe('198.51.100.2');
    expect(clientAddress(headers, noProxy)).toBeNull();
    expect(clientKey(headers, noProxy)).toBe('local');
    expect(clientKey(new Headers(), oneProxy)).toBe('local');
  });
});

describe('rateLimiter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('allows the limit per window, then says how long to wait', async () => {
    vi.useFakeTimers({ now: 1_000 });
    const limiter = rateLimiter(`test-${Math.random()}`, { limit: 2, windowMs: 60_000 });
    expect(await limiter.take('a')).toEqual({ ok: true, remaining: 1 });
    vi.setSystemTime(2_000);
    expect((await limiter.take('a')).ok).toBe(true);
    vi.setSystemTime(3_000);
    expect(await limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 58 });
    // Keys count apart.
    expect((await limiter.take('b')).ok).toBe(true);
    vi.setSystemTime(61_001);
    expect((await limiter.take('a')).ok).toBe(true);
  });

  it('gives back refunded events and forgets a reset key', async () => {
    const limiter = rateLimiter(`test-${Math.random()}`, { limit: 1, windowMs: 60_000 });
    expect((await limiter.take('a')).ok).toBe(true);
    expect((await limiter.take('a')).ok).toBe(false);
    await limiter.reset('a');
    expect((await limiter.take('a')).ok).toBe(true);
    await limiter.refund('a');
    expect((await limiter.take('a')).ok).toBe(true);
  });

  it('is one limiter per name and options, shared by every caller', async () => {
    const name = `test-${Math.random()}`;
    expect(rateLimiter(name, { limit: 1, windowMs: 1_000 })).toBe(
      rateLimiter(name, { limit: 1, windowMs: 1_000 }),
    );
    await rateLimiter(name, { limit: 1, windowMs: 1_000 }).take('a');
    expect((await rateLimiter(name, { limit: 1, windowMs: 1_000 }).take('a')).ok).toBe(false);
  });
});
