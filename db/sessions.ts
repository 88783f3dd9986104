import 'server-only';
import { and, eq, gt, isNull, lte, ne, sql } from 'drizzle-orm';
import type { RecruiterAccount } from './accounts';
import { getDb, type Db } from './client';
import { apiTokens, recruiters, sessions } from './schema';

/** Records a session (by its id's hash) until `expiresAt`, dropping the recruiter's expired ones on the way. */
export async function insertSession(session: {
  idHash: string;
  recruiterId: string;
  expiresAt: Date;
}): Promise<void> {
  const db = await getDb();
  await db
    .delete(sessions)
    .where(and(eq(sessions.recruiterId, session.recruiterId), lte(sessions.expiresAt, sql`now()`)));
  await db.insert(sessions).values(session);
}

/** The recruiter an unexpired, unrevoked session belongs to. */
export async function recruiterForSession(idHash: string): Promise<RecruiterAccount | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: recruiters.id,
      email: recruiters.email,
      blindReview: recruiters.blindReview,
      createdAt: recruiters.createdAt,
    })
    .from(sessions)
    .innerJoin(recruiters, eq(recruiters.id, sessions.recruiterId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, sql`now()`)));
  return row ?? null;
}

export async function deleteSession(idHash: string): Promise<void> {
  const db = await getDb();
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/**
 * Ends the recruiter's sessions but `keepIdHash` and revokes all their API tokens, inside the caller's transaction: a
 * token made from a stolen session would otherwise outlive it. Returns how many sessions ended.
 */
async function endOtherAccessIn(
  tx: Pick<Db, 'delete' | 'update'>,
  recruiterId: string,
  keepIdHash: string | null,
): Promise<number> {
  const ended = await tx
    .delete(sessions)
    .where(
      keepIdHash
        ? and(eq(sessions.recruiterId, recruiterId), ne(sessions.idHash, keepIdHash))
        : eq(sessions.recruiterId, recruiterId),
    )
    .returning({ idHash: sessions.idHash });
  await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.recruiterId, recruiterId), isNull(apiTokens.revokedAt)));
  return ended.length;
}

/**
 * Ends every session of the recruiter, except `keepIdHash` when given, and revokes their API tokens; returns how many
 * sessions ended.
 */
export async function deleteRecruiterSessions(recruiterId: string, keepIdHash?: string): Promise<number> {
  const db = await getDb();
  return db.transaction((tx) => endOtherAccessIn(tx, recruiterId, keepIdHash ?? null));
}

/**
 * Sets a new password hash and, in the same transaction, ends every other session of the recruiter and revokes their
 * API tokens.
 */
export async function replacePasswordHash(
  recruiterId: string,
  passwordHash: string,
  keepIdHash: string | null,
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(recruiters).set({ passwordHash }).where(eq(recruiters.id, recruiterId));
    await endOtherAccessIn(tx, recruiterId, keepIdHash);
  });
}
