import { createHash, randomBytes } from 'node:crypto';

/** 128 random bits, URL-safe: IDs in links cannot be guessed or enumerated. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
