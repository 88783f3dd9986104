// Persistence of recruiter accounts, their settings (blind review), their API tokens, and the lookups of a
// candidate's private-link token.
import 'server-only';
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from './client';
import { requestPurge } from './purge';
import { apiTokens, recruiters, resumes, type ApiToken, type Recruiter } from './schema';

export type RecruiterAccount = Pick<Recruiter, 'id' | 'email' | 'blindReview' | 'createdAt'>;
const accountColumns = {
  id: recruiters.id,
  email: recruiters.email,
  blindReview: recruiters.blindReview,
  createdAt: recruiters.createdAt,
};

export interface NewRecruiter {
  id: string;
  email: string;
  passwordHash: string;
}

/** Inserts a recruiter; false when the email is taken. */
export async function insertRecruiter(recruiter: NewRecruiter): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .insert(recruiters)
    .values(recruiter)
    .onConflictDoNothing({ target: recruiters.email })
    .returning({ id: recruiters.id });
  return rows.length > 0;
}

/**
 * Deletes a recruiter account with what is theirs alone, through the schema's cascades: sessions, API tokens, saved
 * filters, their pipeline rows and notes, and their own postings with those postings' passages, scores and every
 * recruiter's pipeline and notes on them. The shared board's postings and the resumes stay (a resume they uploaded
 * is in the pool every recruiter sees). Records a purge request in the same transaction, so the bytes go for good.
 * False when there was no such account.
 */
export async function deleteRecruiter(id: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const gone = await tx.delete(recruiters).where(eq(recruiters.id, id)).returning({ id: recruiters.id });
    if (gone.length > 0) await requestPurge(tx);
    return gone.length > 0;
  });
}

/** Inserts the first recruiter only while there is none: the setup page's lock, safe against two racing submits. */
export async function insertFirstRecruiter(recruiter: NewRecruiter): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${recruiters} in share row exclusive mode`);
    const [row] = await tx.select({ n: count() }).from(recruiters);
    if ((row?.n ?? 0) > 0) return false;
    await tx.insert(recruiters).values(recruiter);
    return true;
  });
}

/** Turns blind review on or off for the recruiter: names and personal details hidden while they rank candidates. */
export async function setBlindReview(recruiterId: string, on: boolean): Promise<void> {
  const db = await getDb();
  await db.update(recruiters).set({ blindReview: on }).where(eq(recruiters.id, recruiterId));
}

export async function countRecruiters(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(recruiters);
  return row?.n ?? 0;
}

export async function findRecruiterByEmail(email: string): Promise<Recruiter | null> {
  const db = await getDb();
  const [row] = await db.select().from(recruiters).where(eq(recruiters.email, email));
  return row ?? null;
}

export async function getRecruiterAccount(id: string): Promise<RecruiterAccount | null> {
  const db = await getDb();
  const [row] = await db.select(accountColumns).from(recruiters).where(eq(recruiters.id, id));
  return row ?? null;
}

export async function listRecruiterAccounts(): Promise<RecruiterAccount[]> {
  const db = await getDb();
  return db.select(accountColumns).from(recruiters).orderBy(asc(recruiters.createdAt), asc(recruiters.email));
}

export async function insertApiToken(
  token: Pick<ApiToken, 'id' | 'recruiterId' | 'name' | 'tokenHash'>,
): Promise<void> {
  const db = await getDb();
  await db.insert(apiTokens).values(token);
}

export type ApiTokenSummary = Pick<ApiToken, 'id' | 'name' | 'createdAt' | 'lastUsedAt' | 'revokedAt'>;

export async function listApiTokens(recruiterId: string): Promise<ApiTokenSummary[]> {
  const db = await getDb();
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.recruiterId, recruiterId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the recruiter's own tokens; false when it is not theirs, unknown or already revoked. */
export async function revokeApiToken(id: string, recruiterId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.recruiterId, recruiterId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** The recruiter an unrevoked token belongs to, noting the use. */
export async function useApiToken(tokenHash: string): Promise<RecruiterAccount | null> {
  const db = await getDb();
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .returning({ recruiterId: apiTokens.recruiterId });
  return row ? getRecruiterAccount(row.recruiterId) : null;
}

/** The resume a candidate's private-link token opens, by the token's hash. */
export async function resumeIdByAccessHash(accessTokenHash: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: resumes.id })
    .from(resumes)
    .where(eq(resumes.accessTokenHash, accessTokenHash));
  return row?.id ?? null;
}

export async function resumeAccessHash(resumeId: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ hash: resumes.accessTokenHash })
    .from(resumes)
    .where(eq(resumes.id, resumeId));
  return row?.hash ?? null;
}
