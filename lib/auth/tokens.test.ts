import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  hashToken,
  isApiToken,
  looksLikeToken,
  newApiToken,
  newLinkToken,
  sameDigest,
} from './tokens';

describe('tokens', () => {
  it('makes API tokens of rf_ and 256 random bits in base64url', () => {
    const token = newApiToken();
    expect(token).toMatch(/^rf_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(3), 'base64url')).toHaveLength(32);
    expect(isApiToken(token)).toBe(true);
    expect(looksLikeToken(token)).toBe(true);
  });

  it('makes link tokens of 256 random bits that are not API tokens', () => {
    const token = newLinkToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isApiToken(token)).toBe(false);
    expect(looksLikeToken(token)).toBe(true);
  });

  it('tells a link token that happens to begin "rf_" from an API token by its length', () => {
    // Seen in the load test: one link token in 262,144 begins with the API prefix, and was refused as an API token.
    const link = 'rf_KgdJDka3saktMUCvP4vS_FykIKmw9d1As-FcM8xw';
    expect(link).toHaveLength(43);
    expect(isApiToken(link)).toBe(false);
    expect(looksLikeToken(link)).toBe(true);
    expect(isApiToken(`rf_${link}`)).toBe(true);
  });

  it('never repeats a token', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => newLinkToken()));
    expect(seen.size).toBe(2000);
  });

  it('stores a token as its SHA-256 in hex, not the token', () => {
    const token = newApiToken();
    const digest = hashToken(token);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).not.toContain(token.slice(3, 13));
    expect(hashToken(token)).toBe(digest);
    expect(hashToken(newApiToken())).not.toBe(digest);
    // A known vector, so the stored format cannot drift silently.
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('compares digests exactly', () => {
    const d = hashToken('x');
    expect(sameDigest(d, hashToken('x'))).toBe(true);
    expect(sameDigest(d, hashToken('y'))).toBe(false);
    expect(sameDigest(d, d.slice(1))).toBe(false);
  });

  it('reads Bearer headers and nothing else', () => {
    expect(bearerToken('Bearer rf_abc')).toBe('rf_abc');
    expect(bearerToken('bearer   rf_abc ')).toBe('rf_abc');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it('rejects malformed tokens before any lookup', () => {
    expect(looksLikeToken('rf_short')).toBe(false);
    expect(looksLikeToken(`${'a'.repeat(42)}!`)).toBe(false);
    expect(looksLikeToken(`rf_${'a'.repeat(44)}`)).toBe(false);
  });
});
