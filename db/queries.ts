import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  isNotNull,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { applySkillCorrections, type SkillCorrections } from '../lib/match/corrections';
import {
  JOB_ANALYSIS_VERSION,
  RESUME_ANALYSIS_VERSION,
  jobSkillRefs,
  skillEvidenceOf,
  skillPhrasesOf,
  skillYearsOf,
  type ResumeSkill,
} from '../lib/match/prepare';
import { skillsHeld } from '../lib/match/score';
import type { JobProfile, MatchResult, ResumeProfile, TitleKind } from '../lib/match/types';
import type { Occupation } from '../lib/occupation';
import type { Contact } from '../lib/structure/contact';
import type { ResumeVisibility } from '../lib/candidate/visibility';
import type { VectorLike } from '../lib/match/vector';
import type { ExtractedSkill } from '../lib/skills';
import { getDb, type Db } from './client';
import { NEW_SCORING_PASS } from './job-scoring';
import { requestPurge } from './purge';
import { visibleResume, visibleResumeId } from './resume-visibility';
import {
  chunks,
  jobs,
  matches,
  resumes,
  type Job,
  type JobStatus,
  type Resume,
  type StoredRequirement,
} from './schema';

type Vec = ArrayLike<number>;
const toArray = (v: Vec): number[] => Array.from(v);

/**
 * Whose view of the jobs a query serves: a recruiter sees the jobs they posted plus the shared board (jobs with no
 * owner, such as the demo jobs), never another recruiter's; candidates see every open job, as public postings.
 */
export type JobScope = { recruiterId: string } | 'candidate';

function inScope(scope: JobScope): SQL {
  return scope === 'candidate'
    ? eq(jobs.status, 'open')
    : or(isNull(jobs.ownerId), eq(jobs.ownerId, scope.recruiterId))!;
}

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
  titleVector: Vec;
  requirementVectors: Vec[];
  occupation?: Occupation | null;
}

export interface NewJob extends JobContent {
  id: string;
  /** The recruiter posting it; null puts it on the shared board. */
  ownerId: string | null;
}

export async function insertJob(job: NewJob): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.insert(jobs).values({
      id: job.id,
      ownerId: job.ownerId,
      title: job.title,
      company: job.company,
      location: job.location,
      description: job.description,
      contentHash: job.contentHash,
      skills: job.skills,
      requirements: job.requirements,
      minYears: job.minYears,
      warnings: job.warnings,
      occupation: job.occupation ?? null,
      analysisVersion: JOB_ANALYSIS_VERSION,
      titleEmbedding: toArray(job.titleVector),
      // Scored against the ready resumes by the background queue (services/job-scoring.ts).
      scoringSince: sql`now()`,
    });
    if (job.requirementVectors.length) {
      await tx.insert(chunks).values(
        job.requirements.map((r, i) => ({
          jobId: job.id,
          ord: i,
          text: r.text,
          embedding: toArray(job.requirementVectors[i]!),
        })),
      );
    }
  });
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
  const chunkRows = await db
    .select({ jobId: chunks.jobId, ord: chunks.ord, embedding: chunks.embedding })
    .from(chunks)
    .where(
      inArray(
        chunks.jobId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(chunks.jobId), asc(chunks.ord));
  const byJob = new Map<string, number[][]>();
  for (const c of chunkRows) {
    const list = byJob.get(c.jobId!) ?? [];
    list[c.ord] = c.embedding;
    byJob.set(c.jobId!, list);
  }
  return rows.map((j) => {
    const vectors = byJob.get(j.id) ?? [];
    return {
      id: j.id,
      contentHash: j.contentHash,
      profile: {
        title: j.title,
        titleVector: j.titleEmbedding,
        requirements: j.requirements.map((r, i) => ({
          text: r.text,
          level: r.level,
          skills: r.skills,
          minYears: r.minYears ?? null,
          alternatives: r.alternatives ?? [],
          vector: vectors[i] ?? [],
        })),
        skills: jobSkillRefs(j.skills),
        minYears: j.minYears,
      },
    };
  });
}

export interface NewResume {
  id: string;
  filename: string;
  kind: string;
  sizeBytes: number;
  contentHash: string;
  original: Uint8Array;
  text: string;
  candidateName: string | null;
  candidateEmail?: string | null;
  contact?: Contact | null;
  /** The recruiter who uploaded it in bulk, if one did. */
  uploadedBy?: string | null;
  /** Who may see it; unset, recruiters may (the column's default). */
  visibility?: ResumeVisibility;
  /** SHA-256 of the candidate's private-link token. */
  accessTokenHash: string;
}

/** Stores the upload (bytes and text) as `processing`; embedding happens afterwards. */
export async function insertResume(resume: NewResume): Promise<void> {
  const db = await getDb();
  await db.insert(resumes).values({ ...resume, status: 'processing' });
}

export type ResumeSummary = Pick<
  Resume,
  'id' | 'filename' | 'candidateName' | 'status' | 'error' | 'years' | 'createdAt'
>;

export async function getResume(id: string): Promise<Omit<Resume, 'original'> | null> {
  const db = await getDb();
  const { original: _original, ...cols } = getTableColumns(resumes);
  const [row] = await db.select(cols).from(resumes).where(eq(resumes.id, id));
  return row ?? null;
}

/** The resumes recruiters may see, newest first. */
export async function listResumes(): Promise<ResumeSummary[]> {
  const db = await getDb();
  return db
    .select({
      id: resumes.id,
      filename: resumes.filename,
      candidateName: resumes.candidateName,
      status: resumes.status,
      error: resumes.error,
      years: resumes.years,
      createdAt: resumes.createdAt,
    })
    .from(resumes)
    .where(visibleResume)
    .orderBy(desc(resumes.createdAt));
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

export interface ProcessedResume {
  skills: ExtractedSkill[];
  years: number | null;
  warnings: string[];
  chunks: { text: string; vector: Vec }[];
  /** The headline and recent role titles, stored as chunks of their own kind after the passages. */
  titles?: { text: string; kind: TitleKind; vector: Vec }[];
  /** The text in sentence-sized pieces, stored as chunks of kind 'line' after the titles. */
  lines?: { text: string; vector: Vec }[];
  occupation?: Occupation | null;
  /** Read again with the analysis, so names found by an older parser (a heading taken for a name) are corrected. */
  contact?: Contact;
}

/** A stored score: the result, its exact score for ordering, and the skills the resume has for the job for filtering. */
function matchRow(jobId: string, resumeId: string, result: MatchResult) {
  return { jobId, resumeId, score: result.exact, result, has: skillsHeld(result) };
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
    await tx.delete(chunks).where(eq(chunks.resumeId, id));
    const rows = [
      ...processed.chunks.map((c) => ({ ...c, kind: 'passage' as const })),
      ...(processed.titles ?? []),
      ...(processed.lines ?? []).map((c) => ({ ...c, kind: 'line' as const })),
    ];
    if (rows.length) {
      await tx.insert(chunks).values(
        rows.map((c, i) => ({
          resumeId: id,
          ord: i,
          kind: c.kind,
          text: c.text,
          embedding: toArray(c.vector),
        })),
      );
    }
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

type ChunkRow = { resumeId: string; kind: 'passage' | 'line' | TitleKind; text: string; vector: number[] };

/** The passages of these resumes with their vectors, read as pgvector's text form and JSON-parsed (about twice as fast as the column's own mapping). */
async function fullChunks(resumeIds: string[]): Promise<ChunkRow[]> {
  const db = await getDb();
  const rows = await db
    .select({
      resumeId: chunks.resumeId,
      kind: chunks.kind,
      text: chunks.text,
      embedding: sql<string>`${chunks.embedding}::text`,
    })
    .from(chunks)
    .where(and(isNotNull(chunks.resumeId), inArray(chunks.resumeId, resumeIds)))
    .orderBy(asc(chunks.resumeId), asc(chunks.ord));
  return rows.map((r) => ({
    resumeId: r.resumeId!,
    kind: r.kind,
    text: r.text,
    vector: JSON.parse(r.embedding) as number[],
  }));
}

/**
 * The passages of these resumes, each with its similarities to `onto` instead of its vector, computed next to the
 * stored vectors. The vectors to project onto are parsed once, in a one-row subquery, not once a passage.
 */
async function projectedChunks(resumeIds: string[], onto: readonly VectorLike[]): Promise<ChunkRow[]> {
  const db = await getDb();
  const literal = (v: VectorLike) => `[${Array.from(v).join(',')}]`;
  const { rows } = await db.execute<{
    resume_id: string;
    kind: ChunkRow['kind'];
    text: string;
    sims: number[];
  }>(sql`
    select c.resume_id, c.kind, c.text,
           array[${sql.join(
             onto.map((_, i) => sql`-(c.embedding <#> q.${sql.identifier(`p${i}`)})`),
             sql`, `,
           )}]::float8[] as sims
    from ${chunks} c
    cross join (select ${sql.join(
      onto.map((v, i) => sql`${literal(v)}::vector as ${sql.identifier(`p${i}`)}`),
      sql`, `,
    )}) q
    where c.resume_id in (${sql.join(
      resumeIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    order by c.resume_id, c.ord`);
  return rows.map((r) => ({
    resumeId: r.resume_id,
    kind: r.kind,
    text: r.text,
    vector: r.sims,
  }));
}

/**
 * Ready resumes' scoring profiles, a page at a time, in a stable order. With `projectOnto` (a posting's title and
 * requirement vectors), each passage's vector is replaced by its similarities to those, computed in the database
 * next to the stored vectors: a few numbers a passage instead of 384, for scoring with the posting in passage space
 * (see inPassageSpace in lib/match).
 */
export async function loadResumeProfiles(opts: {
  afterId?: string;
  limit: number;
  ids?: string[];
  projectOnto?: readonly VectorLike[];
}): Promise<{ id: string; profile: ResumeProfile }[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: resumes.id,
      skills: resumes.skills,
      years: resumes.years,
      corrections: resumes.skillCorrections,
    })
    .from(resumes)
    .where(
      and(
        eq(resumes.status, 'ready'),
        opts.afterId ? sql`${resumes.id} > ${opts.afterId}` : undefined,
        opts.ids ? inArray(resumes.id, opts.ids) : undefined,
      ),
    )
    .orderBy(asc(resumes.id))
    .limit(opts.limit);
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const chunkRows = opts.projectOnto ? await projectedChunks(ids, opts.projectOnto) : await fullChunks(ids);
  const byResume = new Map<string, { text: string; vector: number[] }[]>();
  const titlesOf = new Map<string, { text: string; kind: TitleKind; vector: number[] }[]>();
  const linesOf = new Map<string, { text: string; vector: number[] }[]>();
  for (const c of chunkRows) {
    if (c.kind === 'line') {
      const list = linesOf.get(c.resumeId) ?? [];
      list.push({ text: c.text, vector: c.vector });
      linesOf.set(c.resumeId, list);
      continue;
    }
    if (c.kind !== 'passage') {
      titlesOf.set(c.resumeId, [
        ...(titlesOf.get(c.resumeId) ?? []),
        { text: c.text, kind: c.kind, vector: c.vector },
      ]);
      continue;
    }
    const list = byResume.get(c.resumeId!) ?? [];
    list.push({ text: c.text, vector: c.vector });
    byResume.set(c.resumeId!, list);
  }
  return rows.map((r) => {
    const { skills, claimed } = applySkillCorrections(
      r.skills.map((s) => ({ ...s, years: (s as ResumeSkill).years ?? null })),
      r.corrections,
    );
    return {
      id: r.id,
      profile: {
        chunks: byResume.get(r.id) ?? [],
        titles: titlesOf.get(r.id) ?? [],
        lines: linesOf.get(r.id) ?? [],
        skills: [...new Set(skills.map((s) => s.name))],
        years: r.years,
        skillYears: skillYearsOf(skills),
        skillEvidence: skillEvidenceOf(skills),
        skillPhrases: skillPhrasesOf(skills),
        claimed,
      },
    };
  });
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

export async function setSkillCorrections(resumeId: string, corrections: SkillCorrections): Promise<void> {
  const db = await getDb();
  await db.update(resumes).set({ skillCorrections: corrections }).where(eq(resumes.id, resumeId));
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

/**
 * Deletes a resume and everything derived from it: its chunks (passages and vectors), matches and pipeline rows go
 * with it by foreign-key cascade, and its original bytes and text live in the row itself. The same transaction asks
 * for a purge (db/purge.ts), which removes the dead rows' bytes from disk. False when it was already gone.
 */
export async function deleteResume(id: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx.delete(resumes).where(eq(resumes.id, id)).returning({ id: resumes.id });
    if (rows.length > 0) await requestPurge(tx);
    return rows.length > 0;
  });
}
