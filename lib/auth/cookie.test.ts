import { describe, expect, it } from 'vitest';
import { hostname, needsSecureCookie, safeNextPath } from './cookie';

describe('needsSecureCookie', () => {
  it('is always on over https', () => {
    expect(needsSecureCookie({ protocol: 'https', host: 'localhost:3000', nodeEnv: 'development' })).toBe(
      true,
    );
    expect(needsSecureCookie({ protocol: 'https:', host: null, nodeEnv: 'test' })).toBe(true);
  });

  it('is on in production for a real host, even behind a proxy that speaks http', () => {
    expect(needsSecureCookie({ protocol: 'http', host: 'rolefit.example.com', nodeEnv: 'production' })).toBe(
      true,
    );
    expect(needsSecureCookie({ protocol: 'http', host: null, nodeEnv: 'production' })).toBe(true);
  });

  it('is off on loopback over http, so a local npm start and the e2e suite can sign in', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3100', '[::1]:3000', 'app.localhost']) {
      expect(needsSecureCookie({ protocol: 'http', host, nodeEnv: 'production' }), host).toBe(false);
    }
    expect(needsSecureCookie({ protocol: 'http', host: 'rolefit.example.com', nodeEnv: 'development' })).toBe(
      false,
    );
  });

  it('does not take a look-alike host for loopback', () => {
    expect(needsSecureCookie({ protocol: 'http', host: 'localhost.evil.com', nodeEnv: 'production' })).toBe(
      true,
    );
    expect(needsSecureCookie({ protocol: 'http', host: '127.0.0.1.nip.io', nodeEnv: 'production' })).toBe(
      true,
    );
  });

  it('strips ports from hosts', () => {
    expect(hostname('Example.com:80')).toBe('example.com');
    expect(hostname('[::1]:3000')).toBe('[::1]');
  });
});

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/recruiter/jobs/abc?x=1')).toBe('/recruiter/jobs/abc?x=1');
  });

  it('refuses anything that leaves it', () => {
    for (const next of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'recruiter',
      '/a\r\nLocation: x',
      '',
      null,
      undefined,
    ]) {
      expect(safeNextPath(next)).toBe('/recruiter/jobs');
    }
  });
});
