// Scoring a job against the ready resumes, as the background queue's second kind of work (resumes to embed being
// the first): a page of resumes at a time, so a job posted over 100,000 resumes neither holds its request open nor
// keeps the queue from candidates' uploads, and an instance that dies mid-pass leaves the rest to another.
import 'server-only';
import { getDbHandle } from '../db/client';
import {
  claimNextJobScoring,
  jobScoringPending,
  releaseJobScoring,
  saveHeldJobMatches,
  saveJobScoringPage,
  type JobScoringClaim,
} from '../db/job-scoring';
import { loadJobProfiles } from '../db/jobs';
import { loadResumeProfiles } from '../db/resumes';
import { countReadyResumes, nearestResumeIds } from '../db/vector-search';
import { inPassageSpace, jobPassageVectors, scoreMatch } from '../lib/match';
import { loadConfig } from '../lib/config';
import type { JobProfile, ResumeProfile } from '../lib/match/types';
import { leaseMs, MAX_ATTEMPTS, RETRY_DELAY_MS } from './queue-policy';

/** Resumes scored per turn: about a fifth of a second of work, so other requests are never held up for long. */
const PAGE = 200;

/**
 * Scores a page of resumes whose passages were read as similarities to the job's passages (loadResumeProfiles with
 * projectOnto), against the job in passage space: the same scores as with full vectors, for much less reading.
 */
function score(job: JobProfile, page: { id: string; profile: ResumeProfile }[]) {
  const projected = inPassageSpace(job);
  return page.map((r) => ({ resumeId: r.id, result: scoreMatch(projected, r.profile) }));
}

/**
 * Takes the job that has waited longest for scoring and scores one page of resumes for it; false when no job is
 * waiting. Past EXACT_SCORING_LIMIT on Postgres, the whole pass runs in this one turn over the nearest resumes only,
 * and scores of resumes that no longer are candidates are dropped.
 */
export async function scoreNextJobPage(worker: string): Promise<boolean> {
  const claim = await claimNextJobScoring(worker, { leaseMs: leaseMs(), maxAttempts: MAX_ATTEMPTS });
  if (!claim) return false;
  try {
    const [job] = await loadJobProfiles([claim.jobId]);
    if (!job) return true;
    const limit = loadConfig().exactScoringLimit;
    const shared = (await getDbHandle()).kind === 'postgres';
    if (shared && claim.cursor === null && (await countReadyResumes()) > limit) {
      await scoreNearest(claim, worker, job.profile, limit);
      return true;
    }
    const page = await loadResumeProfiles({
      afterId: claim.cursor ?? undefined,
      limit: PAGE,
      projectOnto: jobPassageVectors(job.profile),
    });
    await saveJobScoringPage(claim, worker, {
      scored: score(job.profile, page),
      cursor: page.at(-1)?.id ?? claim.cursor,
      done: page.length < PAGE,
    });
    return true;
  } catch (err) {
    if (claim.attempts >= MAX_ATTEMPTS) {
      console.error(
        `Scoring job ${claim.jobId} failed ${claim.attempts} times; its ranking may be incomplete.`,
      );
      // Ends the pass without dropping the scores it did not redo: a failure never removes good results.
      await saveJobScoringPage(claim, worker, {
        scored: [],
        cursor: null,
        done: true,
        keepOlder: true,
      }).catch(() => {});
    } else await releaseJobScoring(claim.jobId, worker, RETRY_DELAY_MS);
    throw err;
  }
}

async function scoreNearest(
  claim: JobScoringClaim,
  worker: string,
  job: JobProfile,
  limit: number,
): Promise<void> {
  const passages = jobPassageVectors(job);
  const perVector = Math.ceil(limit / passages.length);
  // Two searches, each with the whole budget: recruiters' ranking is filled with resumes they may see, and private
  // resumes (scored for their candidates only, never shown to recruiters) neither take its places nor lose theirs.
  const [shared, hidden] = await Promise.all([
    nearestResumeIds(passages, perVector, 'recruiters'),
    nearestResumeIds(passages, perVector, 'private'),
  ]);
  const ids = [...shared, ...hidden];
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = await loadResumeProfiles({
      ids: ids.slice(i, i + PAGE),
      limit: PAGE,
      projectOnto: passages,
    });
    // Another instance may have taken the job over, or it was edited: then this pass stops, writing nothing more.
    if (!(await saveHeldJobMatches(claim, worker, score(job, page)))) return;
  }
  // Completing the pass drops the scores older than it: those of resumes that are no longer among the nearest.
  await saveJobScoringPage(claim, worker, { scored: [], cursor: null, done: true });
}

/**
 * Waits up to `budgetMs` for a job's scoring pass to finish; the number of candidates it ranks for recruiters (private
 * resumes are scored but not counted) when it did, null when it is still under way (it carries on in the background,
 * and the job page shows its progress).
 */
export async function waitForJobScoring(jobId: string, budgetMs: number): Promise<number | null> {
  const deadline = Date.now() + budgetMs;
  for (;;) {
    if (!(await jobScoringPending(jobId))) return countReadyResumes({ visibleToRecruiters: true });
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
