// The original file of a resume, as uploaded, for checks that read its layout (the candidate's parse check).
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from './client';
import { resumes } from './schema';

/** The uploaded bytes and their kind; null when the resume is gone. */
export async function resumeOriginal(id: string): Promise<{ kind: string; bytes: Uint8Array } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ kind: resumes.kind, bytes: resumes.original })
    .from(resumes)
    .where(eq(resumes.id, id));
  return row ?? null;
}
