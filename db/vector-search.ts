// Approximate nearest-passage search over resume chunks: the HNSW index chunks_resume_embedding_hnsw_idx, which
// exists on Postgres only (migration 0006). Used to pick which resumes a posting is scored against when there are
// too many to score them all (services/job-scoring.ts).
import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import { getDb } from './client';
import { visibleResume } from './resume-visibility';
import { resumes } from './schema';

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
 * Ids of the resumes with passages nearest to any of `vectors` (by inner product, the vectors being L2-normalised):
 * up to `perVector` resumes for each, through the HNSW index, so the cost does not grow with the number stored.
 */
export async function nearestResumeIds(
  vectors: readonly ArrayLike<number>[],
  perVector: number,
): Promise<string[]> {
  const db = await getDb();
  const found = new Set<string>();
  await db.transaction(async (tx) => {
    // A resume has several passages, so read more passages than resumes wanted; iterative scans let the index go past
    // ef_search when the first candidates it finds belong to few resumes.
    await tx.execute(sql`set local hnsw.ef_search = 1000`);
    await tx.execute(sql`set local hnsw.iterative_scan = relaxed_order`);
    for (const v of vectors) {
      const literal = `[${Array.from(v).join(',')}]`;
      const { rows } = await tx.execute<{ resume_id: string }>(sql`
        select resume_id from (
          select resume_id, embedding <#> ${literal}::vector as distance from chunks
          where resume_id is not null order by distance limit ${perVector * 4}
        ) nearest group by resume_id order by min(distance) limit ${perVector}`);
      for (const r of rows) found.add(r.resume_id);
    }
  });
  return [...found];
}
