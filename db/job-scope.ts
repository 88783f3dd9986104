import 'server-only';
import { eq, isNull, or, type SQL } from 'drizzle-orm';
import { jobs } from './schema';

/**
 * Whose view of the jobs a query serves: a recruiter sees the jobs they posted plus the shared board (jobs with no
 * owner, such as the demo jobs), never another recruiter's; candidates see every open job, as public postings.
 */
export type JobScope = { recruiterId: string } | 'candidate';

/** For queries over job rows: the job is in the scope's view. */
export function inScope(scope: JobScope): SQL {
  return scope === 'candidate'
    ? eq(jobs.status, 'open')
    : or(isNull(jobs.ownerId), eq(jobs.ownerId, scope.recruiterId))!;
}
