import 'server-only';
import { loadResumeProfiles } from '../db/resumes';
import { embedTexts } from '../lib/embeddings/model';
import {
  closeTheGap,
  jobPassages,
  noteClaimedGaps,
  prepareJob,
  scoreMatch,
  toJobProfile,
  type GapPlan,
  type MatchResult,
} from '../lib/match';
import { UserError } from '../lib/http/errors';
import type { JobInputData } from './job-input';

export interface PostingComparison {
  title: string;
  result: MatchResult;
  plan: GapPlan;
  warnings: string[];
}

/**
 * Scores a stored resume against a posting pasted from elsewhere, with the same report as a board job, without
 * adding the posting to the board or storing anything.
 */
export async function compareWithPosting(
  resumeId: string,
  posting: Pick<JobInputData, 'title' | 'description'>,
): Promise<PostingComparison> {
  const [resume] = await loadResumeProfiles({ ids: [resumeId], limit: 1 });
  if (!resume)
    throw new UserError(
      'This resume is not ready yet (or no longer exists): wait for its analysis to finish, then try again.',
      409,
    );
  const prepared = prepareJob(posting.title, posting.description);
  const job = toJobProfile(prepared, await embedTexts(jobPassages(prepared)));
  const result = scoreMatch(job, resume.profile);
  const plan = noteClaimedGaps(closeTheGap(job, result), result.skills);
  return { title: posting.title, result, plan, warnings: prepared.warnings };
}
