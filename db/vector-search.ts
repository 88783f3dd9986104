// Approximate nearest-passage search over resume chunks: the HNSW index chunks_resume_embedding_hnsw_idx, which
// exists on Postgres only (migration 0006). Used to pick which resumes a posting is scored against when there are
// too many to score them all (services/job-scoring.ts).
import 'server-only';
import { and, count, eq, innerProduct, isNotNull, min, sql } from 'drizzle-orm';
import type { ResumeVisibility } from '../lib/candidate/visibility';
import type { VectorLike } from '../lib/match/vector';
import { getDb } from './client';
import { hiddenResumeId, visibleResume, visibleResumeId } from './resume-visibility';
import { chunks, resumes } from './schema';

/**
 * How many resumes are ready to be scored; with `visibleToRecruiters`, only those recruiters may see, for counts
 * shown to them. Private resumes are scored all the same, for their candidates.
 */
export async function countReadyResumes(opts: { visibleToRecruiters?: boolean } = {}): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(resumes)
    .where(and(eq(resumes.status, 'ready'), opts.visibleToRecruiters ? visibleResume : undefined));
  return row?.n ?? 0;
}

/**
 * Ids of the resumes of one visibility with passages nearest to any of `vectors` (by inner product, the vectors being
 * L2-normalised): up to `perVector` resumes for each, through the HNSW index, so the cost does not grow with the number
 * stored. The visibility is a filter inside the index scan, not on its results, so `perVector` resumes of that kind
 * are found however many of the other kind are nearer: a recruiter's ranking is filled with resumes they may see,
 * and a private resume's candidate is not crowded out by shared ones.
 */
export async function nearestResumeIds(
  vectors: readonly VectorLike[],
  perVector: number,
  visibility: ResumeVisibility,
): Promise<string[]> {
  const db = await getDb();
  const found = new Set<string>();
  await db.transaction(async (tx) => {
    // A resume has several passages, so read more passages than resumes wanted; iterative scans let the index go past
    // ef_search when the first candidates it finds belong to few resumes.
    await tx.execute(sql`set local hnsw.ef_search = 1000`);
    await tx.execute(sql`set local hnsw.iterative_scan = relaxed_order`);
    for (const v of vectors) {
      // Ordered by the selected distance and under the index's own predicate, so the planner can read the HNSW index.
      const distance = innerProduct(chunks.embedding, Array.from(v)).as('distance');
      const nearest = tx
        .select({ resumeId: chunks.resumeId, distance })
        .from(chunks)
        .where(
          and(
            isNotNull(chunks.resumeId),
            visibility === 'recruiters' ? visibleResumeId(chunks.resumeId) : hiddenResumeId(chunks.resumeId),
          ),
        )
        .orderBy(distance)
        .limit(perVector * 4)
        .as('nearest');
      const rows = await tx
        .select({ resumeId: nearest.resumeId })
        .from(nearest)
        .groupBy(nearest.resumeId)
        .orderBy(min(nearest.distance))
        .limit(perVector);
      for (const r of rows) found.add(r.resumeId!);
    }
  });
  return [...found];
}
