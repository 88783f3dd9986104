// The recruiter's ranked-candidates table: a job's candidates filtered, sorted, counted and paged in SQL, so it stays
// fast with thousands of candidates, and how many of them have each required skill. Every read here is a recruiter's,
// so each leaves out the resumes their candidates keep private (resume-visibility.ts).
import 'server-only';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { MatchResult } from '../lib/match/types';
import type { CandidateFilters } from '../lib/workspace/filters';
import { STATUS_SORT_ORDER, type PipelineStatus } from '../lib/workspace/pipeline';
import { filterConditions, unfiltered, type Filters } from './candidate-filters';
import { getDb } from './client';
import { countRanked } from './matches';
import { pipelineJoin, pipelineOf, statusOf } from './pipeline';
import { visibleResumeId } from './resume-visibility';
import { matches, resumes } from './schema';

export interface CandidateRow {
  resumeId: string;
  /** Place by score among all of the job's candidates, whatever the filters. */
  rank: number;
  filename: string;
  candidateName: string | null;
  years: number | null;
  result: MatchResult;
  status: PipelineStatus;
}

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
 * same index. Statuses are the recruiter's own; their pipeline rows are joined for the page alone unless a
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
      status: pipeline.get(r.resume_id) ?? 'new',
    })),
  };
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
          where ${and(eq(matches.jobId, jobId), visibleResumeId(matches.resumeId), inArray(sql`s`, [...skills]))}
          group by s`)
      : { rows: [] },
  ]);
  const found = new Map(rows.rows.map((r) => [r.skill, Number(r.n)]));
  return { total, counts: Object.fromEntries(skills.map((s) => [s, found.get(s) ?? 0])) };
}
