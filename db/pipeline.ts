// Persistence of each recruiter's pipeline: a candidate's status for a job, one row per recruiter (also on the shared
// board), created when the recruiter first moves the candidate. Candidates without a row are new. Notes are the team's
// timeline (notes.ts): the row's old `notes` column is neither read nor written (migration 0016 copied what it held
// into the timeline), so no page, export or API can show a stale copy of a note.
import 'server-only';
import { and, count, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { PipelineStatus } from '../lib/workspace/pipeline';
import { getDb } from './client';
import { countRanked } from './matches';
import { visibleResume, visibleResumeId } from './resume-visibility';
import { applications, matches, resumes } from './schema';

/** A candidate's status in the recruiter's pipeline, in a query that joins it (pipelineJoin): new without a row. */
export const statusOf = sql<PipelineStatus>`coalesce(${applications.status}, 'new')`;

/**
 * The recruiter's own pipeline rows beside the job's matches: each recruiter has their own pipeline, also on the
 * shared board, so a join that left the recruiter out would show one recruiter's status to all.
 */
export function pipelineJoin(recruiterId: string): SQL {
  return sql`left join ${applications} on ${ownPipelineRow(recruiterId)}`;
}

function ownPipelineRow(recruiterId: string): SQL {
  return and(
    eq(applications.jobId, matches.jobId),
    eq(applications.resumeId, matches.resumeId),
    eq(applications.recruiterId, recruiterId),
  )!;
}

/** The recruiter's status of the given candidates for a job; candidates without a row are new. */
export async function pipelineOf(
  jobId: string,
  recruiterId: string,
  resumeIds: string[],
): Promise<Map<string, PipelineStatus>> {
  if (!resumeIds.length) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ resumeId: applications.resumeId, status: applications.status })
    .from(applications)
    .where(
      and(
        eq(applications.jobId, jobId),
        eq(applications.recruiterId, recruiterId),
        inArray(applications.resumeId, resumeIds),
      ),
    );
  return new Map(rows.map((r) => [r.resumeId, r.status]));
}

/**
 * How many of the job's ranked candidates stand at each status of the recruiter's pipeline (statuses with none are
 * left out). Only candidates the recruiter has moved have a pipeline row; every other one is new.
 */
export async function statusCounts(
  jobId: string,
  recruiterId: string,
): Promise<Partial<Record<PipelineStatus, number>>> {
  const db = await getDb();
  const all = await countRanked(jobId);
  const moved = await db
    .select({ status: applications.status, n: count() })
    .from(applications)
    .innerJoin(
      matches,
      and(eq(matches.jobId, applications.jobId), eq(matches.resumeId, applications.resumeId)),
    )
    .where(
      and(
        eq(applications.jobId, jobId),
        eq(applications.recruiterId, recruiterId),
        ne(applications.status, 'new'),
        visibleResumeId(applications.resumeId),
      ),
    )
    .groupBy(applications.status);
  const counts: Partial<Record<PipelineStatus, number>> = Object.fromEntries(
    moved.map((r) => [r.status, r.n]),
  );
  const fresh = all - moved.reduce((sum, r) => sum + r.n, 0);
  if (fresh > 0) counts.new = fresh;
  return counts;
}

export interface CandidateForJob {
  rank: number;
  total: number;
  status: PipelineStatus;
  updatedAt: Date | null;
}

/**
 * A candidate's place in the job's ranking and in the recruiter's pipeline; null when the resume was not scored for
 * the job or its candidate keeps it private.
 */
export async function candidateForJob(
  jobId: string,
  resumeId: string,
  recruiterId: string,
): Promise<CandidateForJob | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      score: matches.score,
      status: statusOf,
      updatedAt: applications.updatedAt,
      total: sql<number>`(select count(*)::int from ${matches} m2 where m2.job_id = ${jobId} and ${visibleResumeId(sql`m2.resume_id`)})`,
      above: sql<number>`(select count(*)::int from ${matches} m2 where m2.job_id = ${jobId} and m2.score > ${matches.score}
          and ${visibleResumeId(sql`m2.resume_id`)})
        + (select count(*)::int from ${matches} m2 inner join ${resumes} r2 on r2.id = m2.resume_id
           where m2.job_id = ${jobId} and m2.score = ${matches.score} and r2.visibility = 'recruiters'
             and (r2.created_at, r2.id) < (${resumes.createdAt}, ${resumes.id}))`,
    })
    .from(matches)
    .innerJoin(resumes, eq(resumes.id, matches.resumeId))
    .leftJoin(applications, ownPipelineRow(recruiterId))
    .where(and(eq(matches.jobId, jobId), eq(matches.resumeId, resumeId), visibleResume));
  if (!row) return null;
  return {
    rank: row.above + 1,
    total: row.total,
    status: row.status,
    updatedAt: row.updatedAt,
  };
}

/** Sets a candidate's status in the recruiter's pipeline for a job, creating the row on first use. */
export async function saveApplication(
  jobId: string,
  resumeId: string,
  change: { status: PipelineStatus },
  recruiterId: string,
): Promise<void> {
  const db = await getDb();
  const set = { ...change, updatedAt: sql`now()` };
  await db
    .insert(applications)
    .values({ jobId, resumeId, recruiterId, status: change.status })
    .onConflictDoUpdate({
      target: [applications.jobId, applications.resumeId, applications.recruiterId],
      set,
    });
}

/** Puts a resume in the recruiter's pipeline for a job as `new` unless it is there already (bulk uploads, duplicates included). */
export async function ensureApplication(jobId: string, resumeId: string, recruiterId: string): Promise<void> {
  const db = await getDb();
  await db.insert(applications).values({ jobId, resumeId, recruiterId }).onConflictDoNothing();
}
