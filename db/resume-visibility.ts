// Which resumes recruiters may see. Every resume is scored (its candidate's matches need the scores), so hiding one is
// a filter on recruiters' reads, never a missing score: making a resume visible shows it at once, without rescoring,
// and making it private hides it at once.
import 'server-only';
import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ResumeVisibility } from '../lib/candidate/visibility';
import { getDb } from './client';
import { resumes } from './schema';

/** For queries over resume rows: the resume may be shown to recruiters. */
export const visibleResume: SQL = eq(resumes.visibility, 'recruiters');

/**
 * For queries over matches (or anything else naming a resume id) that do not join the resume: true unless the resume
 * is hidden from recruiters. An anti-join on the partial index resumes_hidden_idx, so it costs the number of hidden
 * resumes, and leaves ranking reads in the order of the (job, score) index. Anything but 'recruiters' counts as
 * hidden, so an unknown value fails closed.
 */
export function visibleResumeId(resumeId: AnyColumn | SQL): SQL {
  return sql`not exists (select 1 from ${resumes} hidden where hidden.id = ${resumeId} and hidden.visibility <> 'recruiters')`;
}

/** The opposite of visibleResumeId: the resume exists and is hidden from recruiters (kept for its candidate). */
export function hiddenResumeId(resumeId: AnyColumn | SQL): SQL {
  return sql`exists (select 1 from ${resumes} hidden where hidden.id = ${resumeId} and hidden.visibility <> 'recruiters')`;
}

/** Whether the resume exists and recruiters may see it. */
export async function isVisibleToRecruiters(resumeId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: resumes.id })
    .from(resumes)
    .where(and(eq(resumes.id, resumeId), visibleResume));
  return row !== undefined;
}

/** Sets who may see the resume; false when it no longer exists. */
export async function setResumeVisibility(resumeId: string, visibility: ResumeVisibility): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(resumes)
    .set({ visibility })
    .where(eq(resumes.id, resumeId))
    .returning({ id: resumes.id });
  return rows.length > 0;
}
