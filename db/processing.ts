// Persistence of the resume processing queue. The queue is the `processing` rows themselves; an instance takes one
// with a claim (claimed_by, claimed_until) in a single statement, skipping rows another instance is claiming at that
// moment (FOR UPDATE SKIP LOCKED), so several app instances can share one database and each resume is done once.
// Results are written by completeResume, which checks the claim is still held.
import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
import { RESUME_ANALYSIS_VERSION } from '../lib/match/prepare';
import type { MatchResult, TitleKind } from '../lib/match/types';
import type { VectorLike } from '../lib/match/vector';
import type { Occupation } from '../lib/occupation';
import type { Contact } from '../lib/structure/contact';
import type { ExtractedSkill } from '../lib/skills';
import { replaceResumeChunksIn } from './chunks';
import { getDb, type Db } from './client';
import { NEW_SCORING_PASS } from './job-scoring';
import { leaseEnd, leaseFree } from './leases';
import { matchRow } from './matches';
import { chunks, jobs, matches, resumes } from './schema';

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
): Promise<{ text: string; vector: VectorLike }[]> {
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

export interface ProcessedResume {
  skills: ExtractedSkill[];
  years: number | null;
  warnings: string[];
  chunks: { text: string; vector: VectorLike }[];
  /** The headline and recent role titles, stored as chunks of their own kind after the passages. */
  titles?: { text: string; kind: TitleKind; vector: VectorLike }[];
  /** The text in sentence-sized pieces, stored as chunks of kind 'line' after the titles. */
  lines?: { text: string; vector: VectorLike }[];
  occupation?: Occupation | null;
  /** Read again with the analysis, so names found by an older parser (a heading taken for a name) are corrected. */
  contact?: Contact;
}

/**
 * Replaces a resume's chunks and matches and marks it ready, in one transaction so a crash leaves it `processing`.
 * With `claimedBy` (the processing queue) nothing is written, and false returned, unless that worker still holds the
 * resume's claim: another instance took it over.
 */
export async function completeResume(
  id: string,
  processed: ProcessedResume,
  /** Each job's score, with the job's content hash when it was read: a job edited since is not written. */
  scored: { jobId: string; result: MatchResult; contentHash?: string }[],
  opts: { claimedBy?: string } = {},
): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (opts.claimedBy !== undefined) {
      const [held] = await tx
        .select({ id: resumes.id })
        .from(resumes)
        .where(
          and(eq(resumes.id, id), eq(resumes.claimedBy, opts.claimedBy), eq(resumes.status, 'processing')),
        )
        .for('update');
      if (!held) return false;
    }
    await replaceResumeChunksIn(tx, id, [
      ...processed.chunks.map((c) => ({ ...c, kind: 'passage' as const })),
      ...(processed.titles ?? []),
      ...(processed.lines ?? []).map((c) => ({ ...c, kind: 'line' as const })),
    ]);
    await tx.delete(matches).where(eq(matches.resumeId, id));
    const fresh = await currentScores(tx, scored);
    if (fresh.length) {
      await tx.insert(matches).values(fresh.map((s) => matchRow(s.jobId, id, s.result)));
    }
    await tx
      .update(resumes)
      .set({
        status: 'ready',
        error: null,
        skills: processed.skills,
        years: processed.years,
        warnings: processed.warnings,
        occupation: processed.occupation ?? null,
        ...(processed.contact
          ? {
              contact: processed.contact,
              candidateName: processed.contact.name,
              candidateEmail: processed.contact.email?.toLowerCase() ?? null,
            }
          : {}),
        analysisVersion: RESUME_ANALYSIS_VERSION,
        claimedBy: null,
        claimedUntil: null,
      })
      .where(eq(resumes.id, id));
    return true;
  });
}

/**
 * The scores still true when written. A job deleted while the resume was read has none; one edited meanwhile (its
 * content hash changed) is scored against old requirements, so its score is dropped and the job's scoring pass starts
 * over, which scores this resume too once it is ready: its own pass may already have gone past it.
 */
async function currentScores<T extends { jobId: string; contentHash?: string }>(
  tx: Pick<Db, 'select' | 'update'>,
  scored: T[],
): Promise<T[]> {
  if (!scored.length) return scored;
  const rows = await tx
    .select({ id: jobs.id, contentHash: jobs.contentHash })
    .from(jobs)
    .where(
      inArray(
        jobs.id,
        scored.map((s) => s.jobId),
      ),
    );
  const now = new Map(rows.map((r) => [r.id, r.contentHash]));
  const edited = scored.filter(
    (s) => now.has(s.jobId) && s.contentHash !== undefined && s.contentHash !== now.get(s.jobId),
  );
  if (edited.length)
    await tx
      .update(jobs)
      .set(NEW_SCORING_PASS)
      .where(
        inArray(
          jobs.id,
          edited.map((s) => s.jobId),
        ),
      );
  return scored.filter(
    (s) => now.has(s.jobId) && (s.contentHash === undefined || s.contentHash === now.get(s.jobId)),
  );
}
