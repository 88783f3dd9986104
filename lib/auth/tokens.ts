import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefix of API tokens: tells them apart from candidates' link tokens and makes leaked ones easy to scan for. */
export const API_TOKEN_PREFIX = 'rf_';
const SECRET_BYTES = 32;

/** A 256-bit URL-safe secret for a candidate's private link (43 characters). */
export function newLinkToken(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/** A sign-in session's id, 256 random bits: the cookie carries it sealed, the database keeps only its hash. */
export function newSessionId(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/** A recruiter's API token: `rf_` and 256 random bits, base64url. Shown once; only its hash is stored. */
export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(SECRET_BYTES).toString('base64url')}`;
}

/**
 * An API token is the prefix and 43 characters; a private-link token is 43 characters with no prefix, so one that
 * happens to begin "rf_" (one in 262,144) is still a link token, told apart by its length.
 */
export function isApiToken(token: string): boolean {
  return token.length === API_TOKEN_PREFIX.length + 43 && token.startsWith(API_TOKEN_PREFIX);
}

/** Tokens are stored as their SHA-256 (hex): they are random, so a slow hash would add nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

/** A shape check before any lookup: base64url of the right length, optionally with the API prefix. */
export function looksLikeToken(token: string): boolean {
  return /^(rf_)?[A-Za-z0-9_-]{43}$/.test(token);
}
