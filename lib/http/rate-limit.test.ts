import { describe, expect, it } from 'vitest';
import { clientKey, takeToken, uploadRateLimit } from './rate-limit';

describe('clientKey', () => {
  const headers = new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'x-real-ip': '198.51.100.2' });

  it('trusts X-Forwarded-For only behind a proxy', () => {
    expect(clientKey(headers, true)).toBe('203.0.113.7');
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.2' }), true)).toBe('198.51.100.2');
    expect(clientKey(headers, false)).toBe('local');
    expect(clientKey(new Headers(), true)).toBe('local');
  });
});

describe('uploadRateLimit', () => {
  it('defaults to 30 uploads a minute and reads the environment', () => {
    expect(uploadRateLimit({})).toEqual({ limit: 30, windowMs: 60_000 });
    expect(uploadRateLimit({ UPLOAD_RATE_LIMIT: '5', UPLOAD_RATE_WINDOW_SECONDS: '10' })).toEqual({
      limit: 5,
      windowMs: 10_000,
    });
    expect(() => uploadRateLimit({ UPLOAD_RATE_LIMIT: 'lots' })).toThrow(/UPLOAD_RATE_LIMIT/);
  });
});

describe('takeToken', () => {
  it('allows the limit per window, then says how long to wait', () => {
    const key = `test:${Math.random()}`;
    const options = { limit: 2, windowMs: 60_000 };
    expect(takeToken(key, options, 1_000).ok).toBe(true);
    expect(takeToken(key, options, 2_000).ok).toBe(true);
    expect(takeToken(key, options, 3_000)).toEqual({ ok: false, retryAfterSeconds: 58 });
    expect(takeToken(key, options, 61_000).ok).toBe(true);
  });
});
