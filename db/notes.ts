// The pipeline's notes timeline (application_notes): each note is added with its author and time and never
// overwritten. A recruiter's notes are their own, as their pipeline is, so every read is of one recruiter's notes.
import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from './client';
import { applicationNotes, recruiters } from './schema';

export interface CandidateNote {
  id: number;
  body: string;
  authorEmail: string;
  createdAt: Date;
}

export async function insertNote(note: {
  jobId: string;
  resumeId: string;
  recruiterId: string;
  body: string;
}): Promise<CandidateNote> {
  const db = await getDb();
  const [row] = await db
    .insert(applicationNotes)
    .values(note)
    .returning({ id: applicationNotes.id, createdAt: applicationNotes.createdAt });
  const [author] = await db
    .select({ email: recruiters.email })
    .from(recruiters)
    .where(eq(recruiters.id, note.recruiterId));
  return { id: row!.id, body: note.body, authorEmail: author?.email ?? '', createdAt: row!.createdAt };
}

/** The recruiter's notes on a candidate for a job, newest first (as an ATS activity feed reads). */
export async function notesFor(
  jobId: string,
  resumeId: string,
  recruiterId: string,
): Promise<CandidateNote[]> {
  const db = await getDb();
  return db
    .select({
      id: applicationNotes.id,
      body: applicationNotes.body,
      authorEmail: recruiters.email,
      createdAt: applicationNotes.createdAt,
    })
    .from(applicationNotes)
    .innerJoin(recruiters, eq(recruiters.id, applicationNotes.recruiterId))
    .where(
      and(
        eq(applicationNotes.jobId, jobId),
        eq(applicationNotes.resumeId, resumeId),
        eq(applicationNotes.recruiterId, recruiterId),
      ),
    )
    .orderBy(desc(applicationNotes.createdAt), desc(applicationNotes.id));
}

/** The recruiter's note bodies for each of the given candidates of a job, oldest first (for the export). */
export async function noteBodiesOf(
  jobId: string,
  recruiterId: string,
  resumeIds: readonly string[],
): Promise<Map<string, string[]>> {
  if (!resumeIds.length) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ resumeId: applicationNotes.resumeId, body: applicationNotes.body })
    .from(applicationNotes)
    .where(
      and(
        eq(applicationNotes.jobId, jobId),
        eq(applicationNotes.recruiterId, recruiterId),
        inArray(applicationNotes.resumeId, [...resumeIds]),
      ),
    )
    .orderBy(asc(applicationNotes.createdAt), asc(applicationNotes.id));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.resumeId, [...(out.get(r.resumeId) ?? []), r.body]);
  return out;
}
