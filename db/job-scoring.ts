// Persistence of the job-scoring queue. A job whose scores must be (re)computed carries `scoring_since`; an instance
// takes it for one page of resumes with a claim (scoring_claimed_by, scoring_claimed_until), skipping jobs another
// instance is claiming (FOR UPDATE SKIP LOCKED), writes that page's scores and moves the job's cursor on, and gives
// the claim back, so resumes and jobs take turns in the queue and several instances can share the work.
import 'server-only';
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { MatchResult } from '../lib/match/types';
import { getDb, type Db } from './client';
import { leaseEnd, leaseFree } from './leases';
import { saveJobMatchesIn } from './matches';
import { visibleResumeId } from './resume-visibility';
import { countReadyResumes } from './vector-search';
import { jobs, matches } from './schema';

export interface JobScoringClaim {
  jobId: string;
  /** The last resume id already scored in this pass; null to start from the first. */
  cursor: string | null;
  attempts: number;
}

const claimable = leaseFree(jobs.scoringClaimedUntil);

/** Claims the open job that has waited longest for scoring, counting the attempt; null when none is waiting. */
export async function claimNextJobScoring(
  worker: string,
  opts: { leaseMs: number; maxAttempts: number },
): Promise<JobScoringClaim | null> {
  const db = await getDb();
  const next = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        isNotNull(jobs.scoringSince),
        eq(jobs.status, 'open'),
        lt(jobs.scoringAttempts, opts.maxAttempts),
        claimable,
      ),
    )
    .orderBy(jobs.scoringSince)
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(jobs)
    .set({
      scoringClaimedBy: worker,
      scoringClaimedUntil: leaseEnd(opts.leaseMs),
      scoringAttempts: sql`${jobs.scoringAttempts} + 1`,
    })
    .where(inArray(jobs.id, next))
    .returning({
      jobId: jobs.id,
      cursor: jobs.scoringCursor,
      attempts: jobs.scoringAttempts,
    });
  return row ?? null;
}

/**
 * Stores one page of a claimed job's scores and moves its cursor to `cursor`; with `done`, the pass is complete:
 * scores left from before it (of resumes it no longer scored) are dropped and the job is marked current. The claim
 * is given back either way. Nothing is written, and false returned, when the claim was lost: the job was edited,
 * closed or taken over meanwhile.
 */
export async function saveJobScoringPage(
  claim: JobScoringClaim,
  worker: string,
  page: {
    scored: { resumeId: string; result: MatchResult }[];
    cursor: string | null;
    done: boolean;
    /** Ending a pass that failed for good: keep the older scores, which are better than none. */
    keepOlder?: boolean;
  },
): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await holdsClaim(tx, claim, worker))) return false;
    await saveJobMatchesIn(tx, claim.jobId, page.scored);
    if (page.done && !page.keepOlder) {
      await tx
        .delete(matches)
        .where(
          and(
            eq(matches.jobId, claim.jobId),
            sql`${matches.computedAt} < (select ${jobs.scoringSince} from ${jobs} where ${jobs.id} = ${claim.jobId})`,
          ),
        );
    }
    await tx
      .update(jobs)
      .set({
        ...(page.done ? { scoringSince: null } : {}),
        scoringCursor: page.done ? null : page.cursor,
        scoringClaimedBy: null,
        scoringClaimedUntil: null,
        scoringAttempts: 0,
      })
      .where(eq(jobs.id, claim.jobId));
    return true;
  });
}

/** Whether this worker still holds the job's scoring claim, locking the job's row until the transaction ends. */
async function holdsClaim(tx: Pick<Db, 'select'>, claim: JobScoringClaim, worker: string): Promise<boolean> {
  const [held] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, claim.jobId), eq(jobs.scoringClaimedBy, worker), isNotNull(jobs.scoringSince)))
    .for('update');
  return !!held;
}

/**
 * Writes one page of a pass's scores while the claim is still held, keeping the claim (a pass over the nearest
 * resumes writes several pages in one turn). False, with nothing written, when the claim was lost: the job was
 * edited, closed or taken over meanwhile.
 */
export async function saveHeldJobMatches(
  claim: JobScoringClaim,
  worker: string,
  scored: { resumeId: string; result: MatchResult }[],
): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await holdsClaim(tx, claim, worker))) return false;
    await saveJobMatchesIn(tx, claim.jobId, scored);
    return true;
  });
}

/** The columns that ask for a new scoring pass from the first resume, dropping any claim on the previous one. */
export const NEW_SCORING_PASS = {
  scoringSince: sql`now()`,
  scoringCursor: null,
  scoringClaimedBy: null,
  scoringClaimedUntil: null,
  scoringAttempts: 0,
};

/** Asks for the job to be scored again against every ready resume (after reopening it). */
export async function requestJobScoring(jobId: string): Promise<void> {
  const db = await getDb();
  await db.update(jobs).set(NEW_SCORING_PASS).where(eq(jobs.id, jobId));
}

/** Gives a claim back after a failed page; no instance takes the job again before `pauseMs` have passed. */
export async function releaseJobScoring(jobId: string, worker: string, pauseMs: number): Promise<void> {
  const db = await getDb();
  await db
    .update(jobs)
    .set({ scoringClaimedBy: null, scoringClaimedUntil: leaseEnd(pauseMs) })
    .where(and(eq(jobs.id, jobId), eq(jobs.scoringClaimedBy, worker)));
}

/** Drops every job-scoring claim and pause: only for the embedded database, at start (see releaseAllClaims). */
export async function releaseAllJobScoringClaims(): Promise<void> {
  const db = await getDb();
  await db
    .update(jobs)
    .set({ scoringClaimedBy: null, scoringClaimedUntil: null, scoringAttempts: 0 })
    .where(isNotNull(jobs.scoringSince));
}

/** Whether a scoring pass is asked for or under way for the job: one indexed row read, cheap enough to poll. */
export async function jobScoringPending(jobId: string): Promise<boolean> {
  const db = await getDb();
  const [job] = await db
    .select({ pending: sql<boolean>`${jobs.scoringSince} is not null` })
    .from(jobs)
    .where(eq(jobs.id, jobId));
  return job?.pending ?? false;
}

/**
 * Where a job's scoring stands, as a recruiter sees it: null when its scores are current, else how many ready resumes
 * this pass has scored so far (`done`) out of how many there are (`of`), counting only the resumes recruiters may see.
 */
export async function jobScoringProgress(jobId: string): Promise<{ done: number; of: number } | null> {
  const db = await getDb();
  if (!(await jobScoringPending(jobId))) return null;
  const [[done], of] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(matches)
      .where(
        and(
          eq(matches.jobId, jobId),
          sql`${matches.computedAt} >= (select ${jobs.scoringSince} from ${jobs} where ${jobs.id} = ${jobId})`,
          visibleResumeId(matches.resumeId),
        ),
      ),
    countReadyResumes({ visibleToRecruiters: true }),
  ]);
  return { done: Math.min(done?.n ?? 0, of), of };
}
