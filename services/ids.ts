import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** 128 random bits, URL-safe: IDs in links cannot be guessed or enumerated. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Whether a string could be one of our ids (newId's base64url, or a seeded one): checked before an id from a URL or a
 * form reaches the database, so a NUL or a megabyte of junk answers "not found" instead of failing the query.
 */
export function isWellFormedId(value: string): boolean {
  return /^[\w-]{1,64}$/.test(value);
}
