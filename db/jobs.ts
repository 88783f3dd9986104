// Persistence of job postings: posting, listing and reading them in a scope's view, editing, closing, and the scoring
// profiles the matcher reads.
import 'server-only';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { JOB_ANALYSIS_VERSION } from '../lib/match/prepare';
import { storedJobProfile } from '../lib/match/stored';
import type { JobProfile } from '../lib/match/types';
import type { VectorLike } from '../lib/match/vector';
import type { Occupation } from '../lib/occupation';
import type { ExtractedSkill } from '../lib/skills';
import { replaceRequirementChunksIn, requirementVectors } from './chunks';
import { getDb } from './client';
import { inScope, type JobScope } from './job-scope';
import { NEW_SCORING_PASS } from './job-scoring';
import { visibleResumeId } from './resume-visibility';
import { jobs, matches, type Job, type JobStatus, type StoredRequirement } from './schema';

/** A posting as stored: its text, what was prepared from it, and its vectors (title first, then requirements). */
export interface JobContent {
  title: string;
  company: string;
  location: string;
  description: string;
  contentHash: string;
  skills: ExtractedSkill[];
  requirements: StoredRequirement[];
  minYears: number | null;
  warnings: string[];
  titleVector: VectorLike;
  requirementVectors: VectorLike[];
  occupation?: Occupation | null;
}

export interface NewJob extends JobContent {
  id: string;
  /** The recruiter posting it; null puts it on the shared board. */
  ownerId: string | null;
}

/** The columns a posting's content sets, as stored by the current analysis. */
function contentColumns(content: JobContent) {
  return {
    title: content.title,
    company: content.company,
    location: content.location,
    description: content.description,
    contentHash: content.contentHash,
    skills: content.skills,
    requirements: content.requirements,
    minYears: content.minYears,
    warnings: content.warnings,
    occupation: content.occupation ?? null,
    analysisVersion: JOB_ANALYSIS_VERSION,
    titleEmbedding: Array.from(content.titleVector),
  };
}

export async function insertJob(job: NewJob): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.insert(jobs).values({
      id: job.id,
      ownerId: job.ownerId,
      ...contentColumns(job),
      // Scored against the ready resumes by the background queue (services/job-scoring.ts).
      scoringSince: sql`now()`,
    });
    await replaceRequirementChunksIn(tx, job.id, job.requirements, job.requirementVectors);
  });
}

/**
 * Replaces a job's posting, its prepared requirements and their vectors in one transaction, and asks the queue for
 * a new scoring pass (a pass under way for the old text loses its claim).
 */
export async function replaceJobContent(jobId: string, content: JobContent): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(jobs)
      .set({ ...contentColumns(content), updatedAt: sql`now()`, ...NEW_SCORING_PASS })
      .where(eq(jobs.id, jobId));
    await replaceRequirementChunksIn(tx, jobId, content.requirements, content.requirementVectors);
  });
}

/** Changes only what does not affect scores. */
export async function updateJobDetails(
  jobId: string,
  details: { company: string; location: string },
): Promise<void> {
  const db = await getDb();
  await db
    .update(jobs)
    .set({ ...details, updatedAt: sql`now()` })
    .where(eq(jobs.id, jobId));
}

export async function setJobStatus(jobId: string, status: JobStatus): Promise<void> {
  const db = await getDb();
  await db
    .update(jobs)
    .set({ status, updatedAt: sql`now()` })
    .where(eq(jobs.id, jobId));
}

export async function countJobs(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(jobs);
  return row?.n ?? 0;
}

export type JobSummary = Pick<
  Job,
  'id' | 'title' | 'company' | 'location' | 'status' | 'ownerId' | 'createdAt'
> & { candidates: number };

export async function listJobs(scope: JobScope, opts: { status?: JobStatus } = {}): Promise<JobSummary[]> {
  const db = await getDb();
  return db
    .select({
      id: jobs.id,
      title: jobs.title,
      company: jobs.company,
      location: jobs.location,
      status: jobs.status,
      ownerId: jobs.ownerId,
      createdAt: jobs.createdAt,
      // Candidates recruiters may see: a private resume is scored for its candidate but counted for no one else.
      candidates: sql<number>`(select count(*)::int from ${matches} where ${matches.jobId} = ${jobs.id} and ${visibleResumeId(matches.resumeId)})`,
    })
    .from(jobs)
    .where(and(inScope(scope), opts.status ? eq(jobs.status, opts.status) : undefined))
    .orderBy(desc(jobs.createdAt), asc(jobs.title));
}

/** The job when it exists and the scope may see it: another recruiter's job reads as missing, not forbidden. */
export async function getJob(id: string, scope: JobScope): Promise<Job | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), inScope(scope)));
  return row ?? null;
}

/** The latest job posted with this content (title and text), whose vectors a repost can reuse. */
export async function jobIdByContentHash(contentHash: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(eq(jobs.contentHash, contentHash))
    .orderBy(desc(jobs.createdAt))
    .limit(1);
  return row?.id ?? null;
}

/** Scoring profiles of the given jobs (all open jobs when ids is omitted), with their requirement vectors. */
export async function loadJobProfiles(
  ids?: string[],
): Promise<{ id: string; contentHash: string; profile: JobProfile }[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(jobs)
    .where(ids ? inArray(jobs.id, ids) : eq(jobs.status, 'open'));
  if (!rows.length) return [];
  const vectors = await requirementVectors(rows.map((r) => r.id));
  return rows.map((j) => ({
    id: j.id,
    contentHash: j.contentHash,
    profile: storedJobProfile(j, vectors.get(j.id) ?? []),
  }));
}
