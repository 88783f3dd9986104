// Persistence of the resume processing queue. The queue is the `processing` rows themselves; an instance takes one
// with a claim (claimed_by, claimed_until) in a single statement, skipping rows another instance is claiming at that
// moment (FOR UPDATE SKIP LOCKED), so several app instances can share one database and each resume is done once.
// Results are written by completeResume (queries.ts), which checks the claim is still held.
import { and, asc, desc, eq, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
import { getDb } from './client';
import { leaseEnd, leaseFree } from './leases';
import { chunks, resumes } from './schema';

export interface Claim {
  id: string;
  /** Attempts so far, this one included. */
  attempts: number;
}

const claimable = leaseFree(resumes.claimedUntil);

/**
 * Claims the oldest resume waiting to be processed for `worker` until the lease ends, counting the attempt.
 * Null when none is waiting, or every waiting one is claimed by a live instance or pausing after a failure.
 */
export async function claimNextResume(
  worker: string,
  opts: { leaseMs: number; maxAttempts: number },
): Promise<Claim | null> {
  const db = await getDb();
  const next = db
    .select({ id: resumes.id })
    .from(resumes)
    .where(and(eq(resumes.status, 'processing'), lt(resumes.attempts, opts.maxAttempts), claimable))
    .orderBy(asc(resumes.createdAt))
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(resumes)
    .set({ claimedBy: worker, claimedUntil: leaseEnd(opts.leaseMs), attempts: sql`${resumes.attempts} + 1` })
    .where(inArray(resumes.id, next))
    .returning({ id: resumes.id, attempts: resumes.attempts });
  return row ?? null;
}

/** Extends a live claim's lease; false when the claim was lost (its lease ran out and another instance took it). */
export async function extendClaim(id: string, worker: string, leaseMs: number): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(resumes)
    .set({ claimedUntil: leaseEnd(leaseMs) })
    .where(and(eq(resumes.id, id), eq(resumes.claimedBy, worker), eq(resumes.status, 'processing')))
    .returning({ id: resumes.id });
  return rows.length > 0;
}

/** Gives a claimed resume back after a failed attempt; no instance takes it again before `pauseMs` have passed. */
export async function releaseClaim(id: string, worker: string, pauseMs: number): Promise<void> {
  const db = await getDb();
  await db
    .update(resumes)
    .set({ claimedBy: null, claimedUntil: leaseEnd(pauseMs) })
    .where(and(eq(resumes.id, id), eq(resumes.claimedBy, worker)));
}

/**
 * Drops every claim and pause. Only for the embedded database: one process owns its data dir, so at start any claim
 * is a dead process's.
 */
export async function releaseAllClaims(): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(resumes)
    .set({ claimedBy: null, claimedUntil: null })
    .where(and(eq(resumes.status, 'processing'), isNotNull(resumes.claimedUntil)))
    .returning({ id: resumes.id });
  return rows.length;
}

const GIVE_UP = 'We could not analyse this resume. Try uploading it again, or as a DOCX or text file.';

/** Resumes that kept failing (or kept crashing their process) and are not claimed now are marked failed. */
export async function failExhaustedResumes(maxAttempts: number): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(resumes)
    .set({ status: 'failed', error: GIVE_UP, claimedBy: null, claimedUntil: null })
    .where(and(eq(resumes.status, 'processing'), sql`${resumes.attempts} >= ${maxAttempts}`, claimable))
    .returning({ id: resumes.id });
  return rows.length;
}

/** Marks a claimed resume failed for good. */
export async function failClaimedResume(id: string, worker: string, error = GIVE_UP): Promise<void> {
  const db = await getDb();
  await db
    .update(resumes)
    .set({ status: 'failed', error, claimedBy: null, claimedUntil: null })
    .where(and(eq(resumes.id, id), eq(resumes.claimedBy, worker)));
}

/**
 * The passages and vectors of the latest ready resume with the same file content (by SHA-256), so an identical
 * file is never embedded twice. Empty when there is none.
 */
export async function embeddedTwin(
  contentHash: string,
  exceptId: string,
): Promise<{ text: string; vector: number[] }[]> {
  const db = await getDb();
  const [twin] = await db
    .select({ id: resumes.id })
    .from(resumes)
    .where(and(eq(resumes.contentHash, contentHash), eq(resumes.status, 'ready'), ne(resumes.id, exceptId)))
    .orderBy(desc(resumes.createdAt))
    .limit(1);
  if (!twin) return [];
  const rows = await db
    .select({ text: chunks.text, vector: chunks.embedding })
    .from(chunks)
    .where(eq(chunks.resumeId, twin.id))
    .orderBy(asc(chunks.ord));
  return rows;
}
