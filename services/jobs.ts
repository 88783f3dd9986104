import { z } from 'zod';
import { getDbHandle } from '../db/client';
import {
  insertJob,
  jobIdByContentHash,
  loadJobProfiles,
  loadResumeProfiles,
  saveJobMatches,
  type JobContent,
} from '../db/queries';
import {
  countReadyResumes,
  databaseNow,
  deleteJobMatchesBefore,
  nearestResumeIds,
} from '../db/vector-search';
import { embedTexts } from '../lib/embeddings/model';
import { jobPassages, prepareJob, scoreMatch } from '../lib/match';
import type { JobProfile, ResumeProfile } from '../lib/match/types';
import type { VectorLike } from '../lib/match/vector';
import { newId, sha256 } from './ids';

export interface JobInput {
  title: string;
  description: string;
  company?: string;
  location?: string;
}

const RESUME_PAGE = 500;

/**
 * Stores a posting with its embedded requirements and scores every ready resume against it. The job belongs to
 * ownerId (a recruiter), or with null to the shared board every recruiter sees (the demo jobs).
 */
export async function createJob(
  input: JobInput,
  ownerId: string | null = null,
): Promise<{ id: string; warnings: string[] }> {
  const content = await jobContent(input);
  const id = newId();
  await insertJob({ id, ownerId, ...content });
  await scoreJobAgainstResumes(id);
  return { id, warnings: content.warnings };
}

/** Everything stored for a posting: prepared requirements and skills, and their vectors (reused for a repost). */
export async function jobContent(input: JobInput): Promise<JobContent> {
  const prepared = prepareJob(input.title, input.description);
  const contentHash = sha256(`${input.title}\n${input.description}`);
  const vectors = await jobVectors(jobPassages(prepared), contentHash);
  return {
    title: input.title,
    company: input.company ?? '',
    location: input.location ?? '',
    description: input.description,
    contentHash,
    skills: prepared.skills,
    requirements: prepared.requirements,
    minYears: prepared.minYears,
    warnings: prepared.warnings,
    titleVector: vectors[0]!,
    requirementVectors: vectors.slice(1),
  };
}

/**
 * Vectors of a posting's passages (title first, then requirements). A posting is embedded once: the same text posted
 * again (a repost) reuses the stored vectors rather than embedding them again.
 */
async function jobVectors(passages: string[], contentHash: string): Promise<VectorLike[]> {
  const twinId = await jobIdByContentHash(contentHash);
  const [twin] = twinId ? await loadJobProfiles([twinId]) : [];
  if (twin) {
    const stored = [twin.profile.title, ...twin.profile.requirements.map((r) => r.text)];
    const vectors = [twin.profile.titleVector, ...twin.profile.requirements.map((r) => r.vector)];
    if (
      stored.length === passages.length &&
      stored.every((t, i) => t === passages[i]) &&
      vectors.every((v) => v.length)
    )
      return vectors;
  }
  return embedTexts(passages);
}

const ScoringEnv = z.object({
  /**
   * On Postgres, past this many ready resumes a posting is scored only against the resumes whose passages the HNSW
   * index finds nearest its title and requirements (about this many in all); up to it, and always on the embedded
   * database, against every ready resume.
   */
  EXACT_SCORING_LIMIT: z.coerce.number().int().min(1).default(20_000),
});

/**
 * Scores a job against the ready resumes and stores the scores; returns how many it scored. Every resume is scored,
 * unless the database is Postgres and holds more than EXACT_SCORING_LIMIT of them: then only the nearest candidates
 * are (see db/vector-search.ts), and scores of resumes that no longer are candidates are dropped.
 */
export async function scoreJobAgainstResumes(jobId: string): Promise<number> {
  const [job] = await loadJobProfiles([jobId]);
  if (!job) return 0;
  const limit = ScoringEnv.parse(process.env).EXACT_SCORING_LIMIT;
  const shared = (await getDbHandle()).kind === 'postgres';
  if (shared && (await countReadyResumes()) > limit) {
    const passages = [job.profile.titleVector, ...job.profile.requirements.map((r) => r.vector)];
    const ids = await nearestResumeIds(passages, Math.ceil(limit / passages.length));
    const since = await databaseNow();
    for (let i = 0; i < ids.length; i += RESUME_PAGE) {
      await scorePage(
        jobId,
        job.profile,
        await loadResumeProfiles({ ids: ids.slice(i, i + RESUME_PAGE), limit: RESUME_PAGE }),
      );
    }
    await deleteJobMatchesBefore(jobId, since);
    return ids.length;
  }
  let afterId: string | undefined;
  let total = 0;
  for (;;) {
    const page = await loadResumeProfiles({ afterId, limit: RESUME_PAGE });
    if (!page.length) break;
    await scorePage(jobId, job.profile, page);
    total += page.length;
    afterId = page[page.length - 1]!.id;
  }
  return total;
}

function scorePage(
  jobId: string,
  job: JobProfile,
  page: { id: string; profile: ResumeProfile }[],
): Promise<void> {
  return saveJobMatches(
    jobId,
    page.map((r) => ({ resumeId: r.id, result: scoreMatch(job, r.profile) })),
  );
}
