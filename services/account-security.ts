import 'server-only';
import { findRecruiterByEmail, type RecruiterAccount } from '../db/accounts';
import {
  deleteRecruiterSessions,
  deleteSession,
  insertSession,
  recruiterForSession,
  replacePasswordHash,
} from '../db/sessions';
import { hashPassword, verifyPassword } from '../lib/auth/password';
import { hashToken, newSessionId } from '../lib/auth/tokens';
import { sharedRateLimiter } from './rate-limits';
import { NewPasswordSchema } from './auth';

// Sessions the server can end (the cookie only names one), and the password change that ends the others (and the
// account's API tokens).
// services/session.ts puts the ids in cookies; nothing here knows about requests.

export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60;

/** Opens a session for the recruiter and returns its id, for their cookie only: the database keeps its hash. */
export async function openSession(recruiterId: string): Promise<string> {
  const id = newSessionId();
  await insertSession({
    idHash: hashToken(id),
    recruiterId,
    expiresAt: new Date(Date.now() + SESSION_TTL_SECONDS * 1000),
  });
  return id;
}

/** The recruiter a session id signs in, or null once it is ended, expired or unknown. */
export function recruiterForSessionId(id: string): Promise<RecruiterAccount | null> {
  return recruiterForSession(hashToken(id));
}

export function closeSession(id: string): Promise<void> {
  return deleteSession(hashToken(id));
}

/** Ends every session of the recruiter ("sign out everywhere"), except `keepId` when given, and revokes their API tokens. */
export function closeAllSessions(recruiterId: string, keepId?: string): Promise<number> {
  return deleteRecruiterSessions(recruiterId, keepId === undefined ? undefined : hashToken(keepId));
}

export type PasswordChange = { ok: true } | { ok: false; field: 'current' | 'password'; message: string };

// Whoever holds a session may not use the form to guess the password behind it.
const WRONG_CURRENT_LIMIT = { limit: 5, windowMs: 15 * 60 * 1000 };

/**
 * Sets a new password once the current one is confirmed, ends every other session of the account (a copied or
 * forgotten cookie elsewhere stops working) and revokes its API tokens (one made from a stolen session would outlive
 * it); the session `keepSessionId` stays signed in.
 */
export async function changePassword(
  recruiter: RecruiterAccount,
  input: { current: string; password: string },
  keepSessionId: string | null,
): Promise<PasswordChange> {
  const password = NewPasswordSchema.safeParse(input.password);
  if (!password.success)
    return {
      ok: false,
      field: 'password',
      message: password.error.issues[0]?.message ?? 'Choose another password.',
    };
  const limiter = await sharedRateLimiter('password-change', WRONG_CURRENT_LIMIT);
  const allowed = await limiter.take(recruiter.id);
  if (!allowed.ok)
    return {
      ok: false,
      field: 'current',
      message: `Too many wrong passwords. Try again in ${Math.ceil(allowed.retryAfterSeconds / 60)} minutes.`,
    };
  const stored = await findRecruiterByEmail(recruiter.email);
  if (!stored || !(await verifyPassword(stored.passwordHash, input.current)))
    return { ok: false, field: 'current', message: 'That is not your current password.' };
  await limiter.reset(recruiter.id);
  await replacePasswordHash(
    recruiter.id,
    await hashPassword(password.data),
    keepSessionId === null ? null : hashToken(keepSessionId),
  );
  return { ok: true };
}
