// The postings a candidate compared their resume with, kept under their private link. Each row holds the posting's
// own words, so its report can be recomputed; rows go with the resume (cascade) and are purged with personal data:
// every delete here (removed by the candidate, or dropped past the cap) records a purge request (db/purge.ts).
import 'server-only';
import { and, desc, eq, notInArray } from 'drizzle-orm';
import { getDb } from './client';
import { requestPurge } from './purge';
import { comparedPostings } from './schema';

export interface ComparedPostingEntry {
  id: number;
  title: string;
  score: number;
  createdAt: Date;
}

export interface StoredComparedPosting extends ComparedPostingEntry {
  text: string;
}

/**
 * Stores one comparison and drops the oldest beyond `keep`, in one transaction, so a resume's history never holds
 * more than `keep` postings. Returns the new row's id and whether one was dropped (its text then awaits a purge).
 */
export async function insertComparedPosting(
  posting: { resumeId: string; title: string; text: string; score: number },
  keep: number,
): Promise<{ id: number; dropped: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(comparedPostings).values(posting).returning({ id: comparedPostings.id });
    const newest = tx
      .select({ id: comparedPostings.id })
      .from(comparedPostings)
      .where(eq(comparedPostings.resumeId, posting.resumeId))
      .orderBy(desc(comparedPostings.createdAt), desc(comparedPostings.id))
      .limit(keep);
    const dropped = await tx
      .delete(comparedPostings)
      .where(and(eq(comparedPostings.resumeId, posting.resumeId), notInArray(comparedPostings.id, newest)))
      .returning({ id: comparedPostings.id });
    if (dropped.length > 0) await requestPurge(tx);
    return { id: row!.id, dropped: dropped.length > 0 };
  });
}

/** The resume's comparisons, newest first (no text: the list shows title, score and date). */
export async function listComparedPostings(resumeId: string): Promise<ComparedPostingEntry[]> {
  const db = await getDb();
  return db
    .select({
      id: comparedPostings.id,
      title: comparedPostings.title,
      score: comparedPostings.score,
      createdAt: comparedPostings.createdAt,
    })
    .from(comparedPostings)
    .where(eq(comparedPostings.resumeId, resumeId))
    .orderBy(desc(comparedPostings.createdAt), desc(comparedPostings.id));
}

/** One comparison of this resume with its text; null when it is not this resume's or is gone. */
export async function getComparedPosting(
  resumeId: string,
  id: number,
): Promise<StoredComparedPosting | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: comparedPostings.id,
      title: comparedPostings.title,
      text: comparedPostings.text,
      score: comparedPostings.score,
      createdAt: comparedPostings.createdAt,
    })
    .from(comparedPostings)
    .where(and(eq(comparedPostings.resumeId, resumeId), eq(comparedPostings.id, id)));
  return row ?? null;
}

/**
 * Removes one comparison of this resume, recording a purge request for its text in the same transaction; false when
 * there was none (another resume's id removes nothing).
 */
export async function deleteComparedPosting(resumeId: string, id: number): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(comparedPostings)
      .where(and(eq(comparedPostings.resumeId, resumeId), eq(comparedPostings.id, id)))
      .returning({ id: comparedPostings.id });
    if (gone.length > 0) await requestPurge(tx);
    return gone.length > 0;
  });
}
