import { describe, expect, it } from 'vitest';
import { isSameOrigin, originHeaders } from './origin';

describe('isSameOrigin', () => {
  const host = '127.0.0.1:3100';

  it('lets requests without an Origin through (scripts, curl: no victim cookies)', () => {
    expect(isSameOrigin({ origin: null, host, forwardedHost: null })).toBe(true);
  });

  it('accepts the app’s own origin, by Host or by the proxy’s X-Forwarded-Host', () => {
    expect(isSameOrigin({ origin: 'http://127.0.0.1:3100', host, forwardedHost: null })).toBe(true);
    expect(
      isSameOrigin({
        origin: 'https://rolefit.example.com',
        host: 'internal:3000',
        forwardedHost: 'rolefit.example.com, proxy',
      }),
    ).toBe(true);
  });

  it('refuses other sites, other ports, "null" and garbage', () => {
    expect(isSameOrigin({ origin: 'https://evil.example', host, forwardedHost: null })).toBe(false);
    expect(isSameOrigin({ origin: 'http://127.0.0.1:3999', host, forwardedHost: null })).toBe(false);
    expect(isSameOrigin({ origin: 'http://127.0.0.1.evil.example:3100', host, forwardedHost: null })).toBe(
      false,
    );
    expect(isSameOrigin({ origin: 'null', host, forwardedHost: null })).toBe(false);
    expect(isSameOrigin({ origin: 'not a url', host, forwardedHost: null })).toBe(false);
    expect(isSameOrigin({ origin: 'http://127.0.0.1:3100', host: null, forwardedHost: null })).toBe(false);
  });

  it('reads the three headers from a request', () => {
    const h = new Headers({ origin: 'http://a', host: 'a', 'x-forwarded-host': 'b' });
    expect(originHeaders(h)).toEqual({ origin: 'http://a', host: 'a', forwardedHost: 'b' });
  });
});
