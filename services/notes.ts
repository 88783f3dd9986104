import 'server-only';
import { insertNote, noteBodiesOf, notesFor, type CandidateNote } from '../db/notes';
import { UserError } from '../lib/http/errors';
import { hasNul, nulInField } from '../lib/http/text-fields';
import { MAX_NOTES_CHARS } from '../lib/workspace/pipeline';
import { requireRankedCandidate } from './candidate-access';

// The notes timeline on a candidate for a job: notes are added, each with its author and time, never edited or
// deleted. They are the team's, as in an ATS: whoever may see the job reads every recruiter's notes on its candidates
// (on the shared board, every recruiter), while each recruiter's pipeline status stays their own.

/** A note as the timeline shows it: `yours` when the recruiter reading it wrote it. */
export interface TimelineNote extends CandidateNote {
  yours: boolean;
}

/** What the "Add note" form shows after a try. */
export interface NoteFormState {
  error: string | null;
  message: string | null;
  /** Bumped on each added note, so the form can empty its text box. */
  added: number;
}

/** Checks a note's text as typed: the trimmed body, or a UserError saying what to change. */
export function noteBody(raw: string): string {
  const body = raw.trim();
  if (!body) throw new UserError('Write the note first.', 400);
  if (body.length > MAX_NOTES_CHARS)
    throw new UserError(`Keep a note under ${MAX_NOTES_CHARS.toLocaleString('en-US')} characters.`, 400);
  if (hasNul(body)) throw new UserError(nulInField('note'), 400);
  return body;
}

/** Adds the recruiter's note on a candidate ranked for a job they can see. */
export async function addCandidateNote(
  jobId: string,
  resumeId: string,
  recruiterId: string,
  rawBody: string,
): Promise<CandidateNote> {
  const body = noteBody(rawBody);
  await requireRankedCandidate(jobId, resumeId, recruiterId);
  return insertNote({ jobId, resumeId, recruiterId, body });
}

/**
 * Every recruiter's notes on the candidate for the job, newest first, for a recruiter the caller has checked may see
 * the job (the page answers 404 otherwise).
 */
export async function candidateNotes(
  jobId: string,
  resumeId: string,
  recruiterId: string,
): Promise<TimelineNote[]> {
  const notes = await notesFor(jobId, resumeId);
  return notes.map((note) => ({ ...note, yours: note.authorId === recruiterId }));
}

/** For the CSV export's Notes column: the team's notes on each candidate, oldest first, one per line. */
export async function notesForExport(
  jobId: string,
  resumeIds: readonly string[],
): Promise<Map<string, string>> {
  const bodies = await noteBodiesOf(jobId, resumeIds);
  return new Map([...bodies].map(([id, list]) => [id, list.join('\n')]));
}
