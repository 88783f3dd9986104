// Persistence of the recruiter workspace: the ranked-candidates table (filtered, sorted, counted and paged in SQL so
// it stays fast with thousands of candidates), the pipeline, blind review, bulk-upload duplicates and job edits.
// Every read here is a recruiter's, so each leaves out the resumes their candidates keep private (resume-visibility.ts).
import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { CandidateFilters } from '../lib/workspace/filters';
import { STATUS_SORT_ORDER, type PipelineStatus } from '../lib/workspace/pipeline';
import { JOB_ANALYSIS_VERSION } from '../lib/match/prepare';
import type { MatchResult } from '../lib/match/types';
import { getDb } from './client';
import { NEW_SCORING_PASS } from './job-scoring';
import { visibleResume, visibleResumeId } from './resume-visibility';
import type { JobContent } from './queries';
import {
  applications,
  chunks,
  jobs,
  matches,
  recruiters,
  resumes,
  type JobStatus,
  type ResumeStatus,
} from './schema';

export interface CandidateRow {
  resumeId: string;
  /** Place by score among all of the job's candidates, whatever the filters. */
  rank: number;
  filename: string;
  candidateName: string | null;
  years: number | null;
  result: MatchResult;
  status: PipelineStatus;
  notes: string;
}

const statusOf = sql<PipelineStatus>`coalesce(${applications.status}, 'new')`;

/**
 * The recruiter's own pipeline rows beside the job's matches: each recruiter has their own pipeline, also on the
 * shared board, so a join that left the recruiter out would show one recruiter's status and notes to all.
 */
function pipelineJoin(recruiterId: string): SQL {
  return sql`left join ${applications} on ${ownPipelineRow(recruiterId)}`;
}

function ownPipelineRow(recruiterId: string): SQL {
  return and(
    eq(applications.jobId, matches.jobId),
    eq(applications.resumeId, matches.resumeId),
    eq(applications.recruiterId, recruiterId),
  )!;
}

/** A candidate has a skill when it is named or implied (EKS implies Kubernetes), as the score counts it. */
function hasSkills(skills: readonly string[]): SQL {
  return sql`${matches.has} @> array[${sql.join(
    skills.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[]`;
}

/** Case-insensitive substring search; `***=` makes the pattern a literal, so nothing in it is a regex. */
function contains(column: SQL | typeof resumes.text, q: string): SQL {
  return sql`${column} ~* ${`***=${q}`}`;
}

/** At most this many words of a search are looked up; the rest are ignored. */
const MAX_SEARCH_WORDS = 8;

/**
 * A candidate matches a search when every word of it starts a word of their name, file name or resume text, words
 * being runs of letters and digits ("node.js" is node and js, "jordan" finds jordan.lee@example.com): read through the
 * GIN index on resumes.search (migration 0009), so a search costs about the same over 100,000 resumes as over 1,000.
 * A term with signs that are not word separators ("C++", "C#", "100%") must also appear as written, which is checked
 * on the rows its words found; a search of signs alone ("++") falls back to a substring scan.
 */
function searchCondition(q: string): SQL {
  const terms = q.split(/\s+/).filter(Boolean);
  const words = terms.flatMap((t) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const literal = (term: string) =>
    sql`(${contains(sql`coalesce(${resumes.candidateName}, '')`, term)} or ${contains(sql`${resumes.filename}`, term)} or ${contains(resumes.text, term)})`;
  if (!words.length) return literal(q.trim());
  const query = words
    .slice(0, MAX_SEARCH_WORDS)
    .map((w) => `'${w}':*`)
    .join(' & ');
  const signed = terms.filter((t) => /[^\p{L}\p{N}.,;:!?'"()\-_/@]/u.test(t));
  return and(
    sql`${sql.raw('"resumes"."search"')} @@ to_tsquery('simple', ${query})`,
    ...signed.map(literal),
  )!;
}

type Filters = Pick<CandidateFilters, 'skills' | 'minScore' | 'status' | 'q'>;

function filterConditions(jobId: string, f: Filters): SQL {
  return and(
    eq(matches.jobId, jobId),
    visibleResumeId(matches.resumeId),
    f.skills.length ? hasSkills(f.skills) : undefined,
    // The table shows rounded scores, so "at least 70" includes 69.5.
    f.minScore !== null ? sql`${matches.score} >= ${f.minScore - 0.5}` : undefined,
    f.status ? sql`${statusOf} = ${f.status}` : undefined,
    f.q ? searchCondition(f.q) : undefined,
  )!;
}

const unfiltered = (f: Filters) => !f.skills.length && f.minScore === null && !f.status && !f.q;

/** Best score first; among equal scores, the earlier upload first. */
const byScore = sql`${matches.score} desc, ${resumes.createdAt} asc, ${matches.resumeId} asc`;

function orderFor(sort: CandidateFilters['sort']): SQL {
  switch (sort) {
    case 'name':
      return sql`lower(coalesce(${resumes.candidateName}, ${resumes.filename})) asc, ${byScore}`;
    case 'years':
      return sql`${resumes.years} desc nulls last, ${byScore}`;
    case 'status':
      return sql`array_position(array[${sql.join(
        STATUS_SORT_ORDER.map((s) => sql`${s}`),
        sql`, `,
      )}]::text[], ${statusOf}), ${byScore}`;
    default:
      return byScore;
  }
}

interface PageRow {
  resume_id: string;
  /** As text, to be given back to the database exactly (a real, a timestamp with microseconds). */
  score: string;
  created_at: string;
  filename: string;
  candidate_name: string | null;
  years: number | null;
  result: MatchResult | string;
}

/**
 * One page of a job's ranked candidates under the filters, and how many match them in all. The page is read in
 * order off the (job, score) index, so its cost hardly grows with the number of candidates; filters read the small
 * `has` skills column and the search index, never whole results, which are read for the page's rows alone. Each
 * row's rank among all the job's candidates is its place on an unfiltered score-ordered page, or else counted on the
 * same index. Statuses and notes are the recruiter's own; their pipeline rows are joined for the page alone unless a
 * status filter or sort needs them for every row. A page past the end gives the last page.
 */
export async function rankedCandidates(
  jobId: string,
  recruiterId: string,
  f: Omit<CandidateFilters, 'pageSize'> & { pageSize: number },
): Promise<{ rows: CandidateRow[]; total: number }> {
  const total = await countCandidates(jobId, recruiterId, f);
  if (total === 0) return { rows: [], total };
  const page = Math.min(f.page, Math.ceil(total / f.pageSize));
  const offset = (page - 1) * f.pageSize;
  const rankFromPlace = f.sort === 'score' && unfiltered(f);
  const needsPipeline = Boolean(f.status) || f.sort === 'status';
  const db = await getDb();
  // In score order under filters on scores alone, the score of the page's last row is read off the (job, score)
  // index first, so only rows scoring at least that are joined and sorted (ties at the cut all stay in, as in
  // matchesForJob): a page then costs about the same over 1,000 candidates as over 100,000.
  let cut: SQL | undefined;
  if (f.sort === 'score' && !f.status && !f.q) {
    const [row] = await db
      .select({ score: matches.score })
      .from(matches)
      .where(filterConditions(jobId, f))
      .orderBy(desc(matches.score))
      .limit(1)
      .offset(offset + f.pageSize - 1);
    if (row) cut = sql`${matches.score} >= ${row.score}`;
  }
  const { rows } = await db.execute<PageRow & Record<string, unknown>>(sql`
    select ${matches.resumeId} as resume_id, ${matches.score}::text as score, ${resumes.createdAt}::text as created_at,
           ${resumes.filename} as filename, ${resumes.candidateName} as candidate_name, ${resumes.years} as years,
           ${matches.result} as result
    from ${matches}
    inner join ${resumes} on ${resumes.id} = ${matches.resumeId}
    ${needsPipeline ? pipelineJoin(recruiterId) : sql``}
    where ${and(filterConditions(jobId, f), cut)}
    order by ${orderFor(f.sort)}
    limit ${f.pageSize} offset ${offset}`);
  const [pipeline, ranks] = await Promise.all([
    pipelineOf(
      jobId,
      recruiterId,
      rows.map((r) => r.resume_id),
    ),
    rankFromPlace ? null : overallRanks(jobId, rows),
  ]);
  return {
    total,
    rows: rows.map((r, i) => ({
      resumeId: r.resume_id,
      rank: ranks ? ranks[i]! : offset + i + 1,
      filename: r.filename,
      candidateName: r.candidate_name,
      years: r.years === null ? null : Number(r.years),
      result: typeof r.result === 'string' ? (JSON.parse(r.result) as MatchResult) : r.result,
      status: pipeline.get(r.resume_id)?.status ?? 'new',
      notes: pipeline.get(r.resume_id)?.notes ?? '',
    })),
  };
}

/** The recruiter's status and notes of the given candidates for a job; candidates without a row are new. */
async function pipelineOf(
  jobId: string,
  recruiterId: string,
  resumeIds: string[],
): Promise<Map<string, { status: PipelineStatus; notes: string }>> {
  if (!resumeIds.length) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ resumeId: applications.resumeId, status: applications.status, notes: applications.notes })
    .from(applications)
    .where(
      and(
        eq(applications.jobId, jobId),
        eq(applications.recruiterId, recruiterId),
        inArray(applications.resumeId, resumeIds),
      ),
    );
  return new Map(rows.map((r) => [r.resumeId, { status: r.status, notes: r.notes ?? '' }]));
}

/**
 * Each row's place among all the job's candidates by score (earlier uploads first among equal scores): candidates
 * scoring more, plus those scoring the same and uploaded earlier. Each count is its own subquery with the row's
 * score as a value, so the planner reads it off the (job, score) index; a subquery correlated with the page's rows
 * would be planned blind and scan every match of the job once per row.
 */
async function overallRanks(jobId: string, rows: readonly PageRow[]): Promise<number[]> {
  if (!rows.length) return [];
  const db = await getDb();
  const counts = rows.map(
    (
      r,
      i,
    ) => sql`(select count(*) from ${matches} m2 where m2.job_id = ${jobId} and m2.score > ${r.score}::real
               and ${visibleResumeId(sql`m2.resume_id`)})
      + (select count(*) from ${matches} m2 inner join ${resumes} r2 on r2.id = m2.resume_id
         where m2.job_id = ${jobId} and m2.score = ${r.score}::real and r2.visibility = 'recruiters'
           and (r2.created_at, r2.id) < (${r.created_at}::timestamptz, ${r.resume_id})) as ${sql.raw(`r${i}`)}`,
  );
  const { rows: out } = await db.execute<Record<string, number | string>>(
    sql`select ${sql.join(counts, sql`, `)}`,
  );
  return rows.map((_, i) => 1 + Number(out[0]![`r${i}`]));
}

/**
 * How many of the job's candidates pass the filters (a status is read from the recruiter's own pipeline); joins only
 * the tables the filters need.
 */
async function countCandidates(jobId: string, recruiterId: string, f: Filters): Promise<number> {
  const db = await getDb();
  const { rows } = await db.execute<{ n: number | string }>(sql`
    select count(*) as n from ${matches}
    ${f.q ? sql`inner join ${resumes} on ${resumes.id} = ${matches.resumeId}` : sql``}
    ${f.status ? pipelineJoin(recruiterId) : sql``}
    where ${filterConditions(jobId, f)}`);
  return Number(rows[0]?.n ?? 0);
}

/** How many candidates the job ranks, whatever their pipeline. */
export async function countRanked(jobId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(matches)
    .where(and(eq(matches.jobId, jobId), visibleResumeId(matches.resumeId)));
  return row?.n ?? 0;
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

/** For each skill, how many of the job's ranked candidates have it (named or implied), out of `total`. */
export async function skillCoverage(
  jobId: string,
  skills: readonly string[],
): Promise<{ total: number; counts: Record<string, number> }> {
  const db = await getDb();
  const [total, rows] = await Promise.all([
    countRanked(jobId),
    skills.length
      ? db.execute<{ skill: string; n: number | string }>(sql`
          select s as skill, count(*) as n from ${matches}, unnest(${matches.has}) as s
          where ${matches.jobId} = ${jobId} and ${visibleResumeId(matches.resumeId)} and s = any(array[${sql.join(
            skills.map((x) => sql`${x}`),
            sql`, `,
          )}]::text[])
          group by s`)
      : { rows: [] },
  ]);
  const found = new Map(rows.rows.map((r) => [r.skill, Number(r.n)]));
  return { total, counts: Object.fromEntries(skills.map((s) => [s, found.get(s) ?? 0])) };
}

export interface CandidateForJob {
  rank: number;
  total: number;
  status: PipelineStatus;
  notes: string;
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
      notes: sql<string>`coalesce(${applications.notes}, '')`,
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
    notes: row.notes,
    updatedAt: row.updatedAt,
  };
}

/** Sets a candidate's status (and notes, when given) in the recruiter's pipeline for a job, creating the row on first use. */
export async function saveApplication(
  jobId: string,
  resumeId: string,
  change: { status?: PipelineStatus; notes?: string },
  recruiterId: string,
): Promise<void> {
  const db = await getDb();
  const set = { ...change, updatedAt: sql`now()` };
  await db
    .insert(applications)
    .values({ jobId, resumeId, recruiterId, status: change.status ?? 'new', notes: change.notes ?? '' })
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

export async function setBlindReview(recruiterId: string, on: boolean): Promise<void> {
  const db = await getDb();
  await db.update(recruiters).set({ blindReview: on }).where(eq(recruiters.id, recruiterId));
}

export interface ExistingResume {
  id: string;
  filename: string;
  candidateName: string | null;
}

const existingColumns = { id: resumes.id, filename: resumes.filename, candidateName: resumes.candidateName };

/**
 * The earliest stored resume with these exact bytes, or with this (lower-cased) email, of those recruiters may see;
 * failed uploads do not count. A private resume is never named to a recruiter, so their copy is stored apart.
 */
export async function findDuplicateResume(
  by: { contentHash?: string; email?: string | null },
  exceptId?: string,
): Promise<ExistingResume | null> {
  const db = await getDb();
  const match = by.contentHash
    ? eq(resumes.contentHash, by.contentHash)
    : by.email
      ? eq(resumes.candidateEmail, by.email)
      : null;
  if (!match) return null;
  const [row] = await db
    .select(existingColumns)
    .from(resumes)
    .where(
      and(
        match,
        ne(resumes.status, 'failed'),
        visibleResume,
        exceptId ? ne(resumes.id, exceptId) : undefined,
      ),
    )
    .orderBy(asc(resumes.createdAt))
    .limit(1);
  return row ?? null;
}

/** Processing status of the given resumes (ids that do not exist are left out). */
export async function resumeStatuses(
  ids: readonly string[],
): Promise<{ id: string; status: ResumeStatus; error: string | null }[]> {
  if (!ids.length) return [];
  const db = await getDb();
  return db
    .select({ id: resumes.id, status: resumes.status, error: resumes.error })
    .from(resumes)
    .where(inArray(resumes.id, [...ids]));
}

export async function setJobStatus(jobId: string, status: JobStatus): Promise<void> {
  const db = await getDb();
  await db
    .update(jobs)
    .set({ status, updatedAt: sql`now()` })
    .where(eq(jobs.id, jobId));
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
      .set({
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
        updatedAt: sql`now()`,
        ...NEW_SCORING_PASS,
      })
      .where(eq(jobs.id, jobId));
    await tx.delete(chunks).where(eq(chunks.jobId, jobId));
    if (content.requirementVectors.length) {
      await tx.insert(chunks).values(
        content.requirements.map((r, i) => ({
          jobId,
          ord: i,
          text: r.text,
          embedding: Array.from(content.requirementVectors[i] ?? []),
        })),
      );
    }
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

/** Resumes recruiters may see still being analysed: they join every open job's ranking when ready. */
export async function countProcessingResumes(): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(resumes)
    .where(and(eq(resumes.status, 'processing'), visibleResume));
  return row?.n ?? 0;
}
