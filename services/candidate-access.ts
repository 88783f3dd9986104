import 'server-only';
import { getJob } from '../db/jobs';
import { candidateForJob, type CandidateForJob } from '../db/pipeline';
import type { Job } from '../db/schema';
import { UserError } from '../lib/http/errors';

// Who may act on a job's candidates: any recruiter who can see the job (theirs or the shared board) acts on their own
// pipeline for it, and only on candidates ranked for it whose resumes recruiters may see.

export const NOT_RANKED = 'This candidate is not ranked for this job any more. Reload the page.';

/** The job as the recruiter may see it, or a 404 UserError. */
export async function requireVisibleJob(jobId: string, recruiterId: string): Promise<Job> {
  const job = await getJob(jobId, { recruiterId });
  if (!job) throw new UserError('No job here. Open it again from the jobs list.', 404);
  return job;
}

/** The candidate's place for the job, or a 404 UserError when the job or the candidate is not the recruiter's to see. */
export async function requireRankedCandidate(
  jobId: string,
  resumeId: string,
  recruiterId: string,
): Promise<CandidateForJob> {
  const [job, candidate] = await Promise.all([
    getJob(jobId, { recruiterId }),
    candidateForJob(jobId, resumeId, recruiterId),
  ]);
  if (!job || !candidate) throw new UserError(NOT_RANKED, 404);
  return candidate;
}
