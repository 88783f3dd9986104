// The pipeline's notes timeline (application_notes): each note is added with its author and time and never
// overwritten. Notes are the team's, as in an ATS: everyone who may see the job reads every recruiter's notes on its
// candidates (services check who may see the job); no function here edits or deletes a note.
import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from './client';
import { applicationNotes, recruiters } from './schema';

export interface CandidateNote {
  id: number;
  body: string;
  authorId: string;
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
  return {
    id: row!.id,
    body: note.body,
    authorId: note.recruiterId,
    authorEmail: author?.email ?? '',
    createdAt: row!.createdAt,
  };
}

/** Every recruiter's notes on a candidate for a job, newest first (as an ATS activity feed reads). */
export async function notesFor(jobId: string, resumeId: string): Promise<CandidateNote[]> {
  const db = await getDb();
  return db
    .select({
      id: applicationNotes.id,
      body: applicationNotes.body,
      authorId: applicationNotes.recruiterId,
      authorEmail: recruiters.email,
      createdAt: applicationNotes.createdAt,
    })
    .from(applicationNotes)
    .innerJoin(recruiters, eq(recruiters.id, applicationNotes.recruiterId))
    .where(and(eq(applicationNotes.jobId, jobId), eq(applicationNotes.resumeId, resumeId)))
    .orderBy(desc(applicationNotes.createdAt), desc(applicationNotes.id));
}

/** Every recruiter's note bodies on each of the given candidates of a job, oldest first (for the export). */
export async function noteBodiesOf(
  jobId: string,
  resumeIds: readonly string[],
): Promise<Map<string, string[]>> {
  if (!resumeIds.length) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ resumeId: applicationNotes.resumeId, body: applicationNotes.body })
    .from(applicationNotes)
    .where(and(eq(applicationNotes.jobId, jobId), inArray(applicationNotes.resumeId, [...resumeIds])))
    .orderBy(asc(applicationNotes.createdAt), asc(applicationNotes.id));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.resumeId, [...(out.get(r.resumeId) ?? []), r.body]);
  return out;
}
