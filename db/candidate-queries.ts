import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { ResumeVisibility } from '../lib/candidate/visibility';
import { getDb } from './client';
import { chunks, matches, resumes } from './schema';

/** Everything stored about one resume, as the candidate's "My data" page lists it; null when it is gone. */
export interface StoredResumeData {
  filename: string;
  kind: string;
  sizeBytes: number;
  uploadedAt: Date;
  status: string;
  /** Whether recruiters may see it, or only the private link opens it. */
  visibility: ResumeVisibility;
  textLength: number;
  /** Passages the text was split into; each one has one stored vector. */
  passages: number;
  vectors: number;
  jobScores: number;
}

export async function storedResumeData(resumeId: string): Promise<StoredResumeData | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      filename: resumes.filename,
      kind: resumes.kind,
      sizeBytes: resumes.sizeBytes,
      uploadedAt: resumes.createdAt,
      status: resumes.status,
      visibility: resumes.visibility,
      textLength: sql<number>`char_length(${resumes.text})::int`,
    })
    .from(resumes)
    .where(eq(resumes.id, resumeId));
  if (!row) return null;
  const [[passages], [vectors], [scores]] = await Promise.all([
    db.select({ n: count() }).from(chunks).where(eq(chunks.resumeId, resumeId)),
    db
      .select({ n: count() })
      .from(chunks)
      .where(and(eq(chunks.resumeId, resumeId), isNotNull(chunks.embedding))),
    db.select({ n: count() }).from(matches).where(eq(matches.resumeId, resumeId)),
  ]);
  return {
    ...row,
    passages: passages?.n ?? 0,
    vectors: vectors?.n ?? 0,
    jobScores: scores?.n ?? 0,
  };
}
