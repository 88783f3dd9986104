// Persistence of scores: one row per job and resume, written when either changes, so reading a ranking is an indexed
// read ((job, score) for a job's candidates, (resume, score) for a resume's jobs).
import 'server-only';
import { and, asc, count, desc, eq, gte, sql } from 'drizzle-orm';
import { skillsHeld } from '../lib/match/score';
import type { MatchResult } from '../lib/match/types';
import { getDb, type Db } from './client';
import { inScope, type JobScope } from './job-scope';
import { visibleResume, visibleResumeId } from './resume-visibility';
import { jobs, matches, resumes } from './schema';

/** A stored score: the result, its exact score for ordering, and the skills the resume has for the job for filtering. */
export function matchRow(jobId: string, resumeId: string, result: MatchResult) {
  return { jobId, resumeId, score: result.exact, result, has: skillsHeld(result) };
}

/** Replaces a ready resume's scores, after its skills were corrected or the jobs changed. */
export async function saveResumeMatches(
  resumeId: string,
  scored: { jobId: string; result: MatchResult }[],
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(matches).where(eq(matches.resumeId, resumeId));
    if (scored.length) {
      await tx.insert(matches).values(scored.map((s) => matchRow(s.jobId, resumeId, s.result)));
    }
  });
}

export async function saveJobMatches(
  jobId: string,
  scored: { resumeId: string; result: MatchResult }[],
): Promise<void> {
  await saveJobMatchesIn(await getDb(), jobId, scored);
}

/** Inserts or replaces a job's scores for these resumes, inside the caller's transaction. */
export async function saveJobMatchesIn(
  tx: Pick<Db, 'insert'>,
  jobId: string,
  scored: { resumeId: string; result: MatchResult }[],
): Promise<void> {
  if (!scored.length) return;
  await tx
    .insert(matches)
    .values(scored.map((s) => matchRow(jobId, s.resumeId, s.result)))
    .onConflictDoUpdate({
      target: [matches.jobId, matches.resumeId],
      set: {
        score: sql`excluded.score`,
        result: sql`excluded.result`,
        has: sql`excluded.has`,
        computedAt: sql`now()`,
      },
    });
}

export interface RankedCandidate {
  resumeId: string;
  filename: string;
  candidateName: string | null;
  score: number;
  result: MatchResult;
}

/** A page of a job's ranked candidates, best first: those recruiters may see, whoever asks. */
export async function matchesForJob(
  jobId: string,
  opts: { scope: JobScope; limit?: number; offset?: number },
): Promise<RankedCandidate[]> {
  const db = await getDb();
  const limit = opts.limit ?? 500;
  const offset = opts.offset ?? 0;
  // The score of the last row the page needs, read off the (job, score) index first: only rows scoring at least that
  // are then joined and sorted, so a page costs about the same over 1,000 resumes as over 100,000. Ties at the cut all
  // stay in, so the order is exactly that of sorting every row. A separate query, so the planner sees the number.
  const [cut] = await db
    .select({ score: matches.score })
    .from(matches)
    .where(and(eq(matches.jobId, jobId), visibleResumeId(matches.resumeId)))
    .orderBy(desc(matches.score))
    .limit(1)
    .offset(limit + offset - 1);
  return db
    .select({
      resumeId: matches.resumeId,
      filename: resumes.filename,
      candidateName: resumes.candidateName,
      score: matches.score,
      result: matches.result,
    })
    .from(matches)
    .innerJoin(resumes, eq(resumes.id, matches.resumeId))
    .innerJoin(jobs, eq(jobs.id, matches.jobId))
    .where(
      and(
        eq(matches.jobId, jobId),
        inScope(opts.scope),
        visibleResume,
        cut ? gte(matches.score, cut.score) : undefined,
      ),
    )
    .orderBy(desc(matches.score), asc(resumes.createdAt))
    .limit(limit)
    .offset(offset);
}

/** How many candidates the job ranks, of those recruiters may see, whatever their pipeline. */
export async function countRanked(jobId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(matches)
    .where(and(eq(matches.jobId, jobId), visibleResumeId(matches.resumeId)));
  return row?.n ?? 0;
}

export interface RankedJob {
  jobId: string;
  title: string;
  company: string;
  location: string;
  score: number;
  result: MatchResult;
}

/**
 * The open jobs a resume was scored against, best first, limited to the jobs the scope may see: a page of `limit`
 * (default 100) from `offset`, read in order off the (resume, score) index.
 */
export async function matchesForResume(
  resumeId: string,
  scope: JobScope,
  opts: { limit?: number; offset?: number } = {},
): Promise<RankedJob[]> {
  const db = await getDb();
  return db
    .select({
      jobId: matches.jobId,
      title: jobs.title,
      company: jobs.company,
      location: jobs.location,
      score: matches.score,
      result: matches.result,
    })
    .from(matches)
    .innerJoin(jobs, eq(jobs.id, matches.jobId))
    .where(and(eq(matches.resumeId, resumeId), eq(jobs.status, 'open'), inScope(scope)))
    .orderBy(desc(matches.score), asc(jobs.title), asc(jobs.id))
    .limit(opts.limit ?? 100)
    .offset(opts.offset ?? 0);
}

/** How many open jobs, of those the scope may see, a resume was scored against. */
export async function countMatchesForResume(resumeId: string, scope: JobScope): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(matches)
    .innerJoin(jobs, eq(jobs.id, matches.jobId))
    .where(and(eq(matches.resumeId, resumeId), eq(jobs.status, 'open'), inScope(scope)));
  return row?.n ?? 0;
}

export async function getMatch(jobId: string, resumeId: string): Promise<MatchResult | null> {
  const db = await getDb();
  const [row] = await db
    .select({ result: matches.result })
    .from(matches)
    .where(and(eq(matches.jobId, jobId), eq(matches.resumeId, resumeId)));
  return row?.result ?? null;
}
