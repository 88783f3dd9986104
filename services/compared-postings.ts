import 'server-only';
import {
  deleteComparedPosting,
  getComparedPosting,
  insertComparedPosting,
  listComparedPostings,
  type ComparedPostingEntry,
} from '../db/compared-postings';
import { getResume } from '../db/resumes';
import { UserError } from '../lib/http/errors';
import { schedulePurge } from './purge';
import { compareWithPosting, type PostingComparison } from './compare';
import { postingKeywords, type KeywordRow } from './keywords';
import type { JobInputData } from './job-input';

/** The history keeps this many of the newest comparisons per resume, so it cannot grow without bound. */
export const MAX_COMPARED_POSTINGS = 50;

export type { ComparedPostingEntry };

export type CompareField = 'title' | 'description';

/** The compare form's answer: the values to keep, what to fix, and the report once there is one. */
export interface CompareState {
  values: Record<CompareField, string>;
  fieldErrors: Partial<Record<CompareField, string>>;
  formError: string | null;
  report: PostingComparison | null;
  /** The posting's terms counted in it and in the resume, beside the report. */
  keywords: KeywordRow[];
  seq: number;
}

/** Removing a posting from the compare history: the sentence to announce, or what went wrong. */
export interface RemoveComparisonState {
  message: string | null;
  error: string | null;
  seq: number;
}

export interface ComparePageView {
  filename: string;
  status: 'processing' | 'ready' | 'failed';
  /** The postings compared so far, newest first. */
  history: ComparedPostingEntry[];
}

/** The compare page of a private link: the resume it is for and the postings compared before; null when it is gone. */
export async function comparePageView(resumeId: string): Promise<ComparePageView | null> {
  const [resume, history] = await Promise.all([getResume(resumeId), listComparedPostings(resumeId)]);
  if (!resume) return null;
  return { filename: resume.filename, status: resume.status, history };
}

/** The postings compared under the link, newest first, for the compare and "My data" pages. */
export function comparedPostingHistory(resumeId: string): Promise<ComparedPostingEntry[]> {
  return listComparedPostings(resumeId);
}

/**
 * Scores the resume against a pasted posting and keeps the posting under the link (never on the job board), dropping
 * the oldest past MAX_COMPARED_POSTINGS. Returns the report and the id that reopens it.
 */
export async function compareAndKeep(
  resumeId: string,
  posting: Pick<JobInputData, 'title' | 'description'>,
): Promise<{ id: number; report: PostingComparison; keywords: KeywordRow[] }> {
  const [report, keywords] = await Promise.all([
    compareWithPosting(resumeId, posting),
    postingKeywords(resumeId, posting),
  ]);
  const { id, dropped } = await insertComparedPosting(
    { resumeId, title: posting.title, text: posting.description, score: report.result.score },
    MAX_COMPARED_POSTINGS,
  );
  // The posting that fell off the history is deleted for good, as one the candidate removes.
  if (dropped) schedulePurge();
  return { id, report, keywords };
}

export interface ReopenedComparison {
  entry: ComparedPostingEntry;
  /** Recomputed from the stored text against the resume as it is now (with the candidate's corrections). */
  report: PostingComparison;
  keywords: KeywordRow[];
}

/** A posting from the history, scored again; null when it is not this resume's or was removed. */
export async function reopenComparedPosting(
  resumeId: string,
  id: number,
): Promise<ReopenedComparison | null> {
  const stored = await getComparedPosting(resumeId, id);
  if (!stored) return null;
  const posting = { title: stored.title, description: stored.text };
  const [report, keywords] = await Promise.all([
    compareWithPosting(resumeId, posting),
    postingKeywords(resumeId, posting),
  ]);
  const { text: _text, ...entry } = stored;
  return { entry, report, keywords };
}

/**
 * Removes one posting from the history, and has its text removed from the database files within seconds (as a
 * deleted resume's is); returns the sentence to announce.
 */
export async function removeComparedPosting(resumeId: string, id: number): Promise<string> {
  const stored = await getComparedPosting(resumeId, id);
  if (!stored || !(await deleteComparedPosting(resumeId, id)))
    throw new UserError('That posting is no longer in your history.', 404);
  schedulePurge();
  return `Removed “${stored.title}” from your history.`;
}
