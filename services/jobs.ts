import 'server-only';
import { getJob, insertJob, type JobContent, jobIdByContentHash, loadJobProfiles } from '../db/jobs';
import type { Job } from '../db/schema';
import { embedTexts } from '../lib/embeddings/model';
import { jobPassages, prepareJob } from '../lib/match';
import type { VectorLike } from '../lib/match/vector';
import { isWellFormedId, newId, sha256 } from './ids';
import { waitForJobScoring } from './job-scoring';
import { kickProcessing } from './resumes';

// Pages and the API read jobs through here as well: the board in a recruiter's or a candidate's view (db/job-scope.ts).
export { countJobs, getJob, listJobs, type JobSummary } from '../db/jobs';
export type { JobScope } from '../db/job-scope';
export type { Job } from '../db/schema';

/** The job when the recruiter may see it (theirs or the shared board's); null for any other id, well-formed or not. */
export async function jobForRecruiter(jobId: string, recruiterId: string): Promise<Job | null> {
  return isWellFormedId(jobId) ? getJob(jobId, { recruiterId }) : null;
}

export interface JobInput {
  title: string;
  description: string;
  company?: string;
  location?: string;
}

/**
 * How long posting or editing a job waits for its candidates to be ranked before answering: enough for a few
 * thousand resumes; past that the ranking carries on in the background queue and the job page shows its progress.
 */
export const SCORING_WAIT_MS = 2_000;

/**
 * Stores a posting with its embedded requirements, and has the queue score every ready resume against it, waiting
 * up to `waitMs` for that. `ranked` is how many candidates it ranks, or null while the ranking is still under way.
 * The job belongs to ownerId (a recruiter), or with null to the shared board every recruiter sees (the demo jobs).
 */
export async function createJob(
  input: JobInput,
  ownerId: string | null = null,
  opts: { waitMs?: number } = {},
): Promise<{ id: string; warnings: string[]; ranked: number | null }> {
  const content = await jobContent(input);
  const id = newId();
  await insertJob({ id, ownerId, ...content });
  kickProcessing();
  const ranked = await waitForJobScoring(id, opts.waitMs ?? SCORING_WAIT_MS);
  return { id, warnings: content.warnings, ranked };
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
    occupation: prepared.occupation,
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
