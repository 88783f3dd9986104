import 'server-only';
import { setBlindReview } from '../db/accounts';
import type { JobScope } from '../db/job-scope';
import { getJob, replaceJobContent, setJobStatus, updateJobDetails } from '../db/jobs';
import { candidateForJob, saveApplication } from '../db/pipeline';
import { getResume, type StoredResume } from '../db/resumes';
import type { Job } from '../db/schema';
import { UserError } from '../lib/http/errors';
import type { PipelineStatus } from '../lib/workspace/pipeline';
import type { JobInputData } from './job-input';
import { requestJobScoring } from '../db/job-scoring';
import { waitForJobScoring } from './job-scoring';
import { jobContent, SCORING_WAIT_MS } from './jobs';
import { kickProcessing } from './resumes';

// The recruiter workspace's use cases: changing jobs, moving candidates through the pipeline, blind review.

/** What the candidate view's pipeline form shows after a save: the stored status and a sentence about the save. */
export interface PipelineFormState {
  status: PipelineStatus;
  message: string | null;
  error: string | null;
}

// What the job and candidate pages read: the ranked candidates, their pipeline and skill coverage, scoring progress.
export { rankedCandidates, skillCoverage, type CandidateRow } from '../db/ranking';
export { candidateForJob, statusCounts, type CandidateForJob } from '../db/pipeline';
export { countRanked, getMatch, matchesForJob } from '../db/matches';
export { countProcessingResumes, resumeStatuses } from '../db/resumes';
export { jobScoringProgress } from '../db/job-scoring';

const NO_SUCH_JOB = 'No job here. Open it again from the jobs list.';

/** A job the recruiter may change: one they posted. The shared board (demo jobs) is read-only to everyone. */
async function ownedJob(jobId: string, recruiterId: string): Promise<Job> {
  const job = await getJob(jobId, { recruiterId });
  if (!job) throw new UserError(NO_SUCH_JOB, 404);
  if (job.ownerId !== recruiterId) {
    throw new UserError(
      'Jobs on the shared board cannot be changed. Post your own copy of it to edit or close it.',
      403,
    );
  }
  return job;
}

export function canChangeJob(job: Pick<Job, 'ownerId'>, recruiterId: string): boolean {
  return job.ownerId === recruiterId;
}

/**
 * Saves an edited posting. A new title or description is prepared and embedded again (once: an unchanged text
 * reuses its vectors) and every ready resume is scored against it again, so the ranking follows the edit; company
 * and location alone change nothing in the scores.
 */
export async function editJob(
  jobId: string,
  recruiterId: string,
  input: JobInputData,
): Promise<{ rescored: number | null; warnings: string[] }> {
  const job = await ownedJob(jobId, recruiterId);
  if (job.title === input.title && job.description === input.description) {
    await updateJobDetails(jobId, { company: input.company, location: input.location });
    return { rescored: 0, warnings: job.warnings };
  }
  const content = await jobContent(input);
  await replaceJobContent(jobId, content);
  kickProcessing();
  return { rescored: await waitForJobScoring(jobId, SCORING_WAIT_MS), warnings: content.warnings };
}

/**
 * Closes a job (it leaves the candidates' side at once) or reopens it. Resumes that arrived while it was closed
 * were scored against open jobs only, so reopening scores them from their stored vectors (no model call).
 */
export async function setJobOpen(jobId: string, recruiterId: string, open: boolean): Promise<void> {
  const job = await ownedJob(jobId, recruiterId);
  if ((job.status === 'open') === open) return;
  await setJobStatus(jobId, open ? 'open' : 'closed');
  if (open) {
    await requestJobScoring(jobId);
    kickProcessing();
    await waitForJobScoring(jobId, SCORING_WAIT_MS);
  }
}

/** Moves a candidate in the recruiter's own pipeline for a job (notes are a timeline: notes.ts); the job must be theirs to see. */
export async function updateCandidate(
  jobId: string,
  resumeId: string,
  recruiterId: string,
  change: { status: PipelineStatus },
): Promise<void> {
  const scope: JobScope = { recruiterId };
  const [job, candidate] = await Promise.all([
    getJob(jobId, scope),
    candidateForJob(jobId, resumeId, recruiterId),
  ]);
  if (!job || !candidate)
    throw new UserError('This candidate is not ranked for this job any more. Reload the page.', 404);
  await saveApplication(jobId, resumeId, change, recruiterId);
}

export function setBlind(recruiterId: string, on: boolean): Promise<void> {
  return setBlindReview(recruiterId, on);
}

/** A resume as a recruiter may see it: null when it does not exist or its candidate keeps it private. */
export async function resumeForRecruiter(resumeId: string): Promise<StoredResume | null> {
  const resume = await getResume(resumeId);
  return resume?.visibility === 'recruiters' ? resume : null;
}
