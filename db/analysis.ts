import 'server-only';
import { and, eq, lt } from 'drizzle-orm';
import { getDb } from './client';
import { jobs, resumes } from './schema';

/** Jobs whose requirements and skills were read by an older analysis than `version`. */
export async function jobsAnalysedBefore(
  version: number,
): Promise<{ id: string; title: string; description: string; company: string; location: string }[]> {
  const db = await getDb();
  return db
    .select({
      id: jobs.id,
      title: jobs.title,
      description: jobs.description,
      company: jobs.company,
      location: jobs.location,
    })
    .from(jobs)
    .where(lt(jobs.analysisVersion, version));
}

/**
 * Puts ready resumes analysed before `version` back in the processing queue, which analyses and scores them again
 * (their old scores stay until the new ones replace them). Returns how many.
 */
export async function requeueResumesAnalysedBefore(version: number): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(resumes)
    .set({ status: 'processing', attempts: 0, claimedBy: null, claimedUntil: null })
    .where(and(eq(resumes.status, 'ready'), lt(resumes.analysisVersion, version)))
    .returning({ id: resumes.id });
  return rows.length;
}
