// Who a ranked candidate is, for the recruiter's rows and candidate page: the contact read from the resume, and the
// other resumes recruiters may see that carry the same email (resumes.candidate_email, lower-cased on upload).
import 'server-only';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Contact } from '../lib/structure/contact';
import { getDb } from './client';
import { visibleResume } from './resume-visibility';
import { matches, resumes } from './schema';

export interface CandidateContact {
  contact: Contact | null;
  /** How many other resumes recruiters may see have the same email (failed uploads left out). */
  sameEmail: number;
}

/** Contact and same-email count of each given resume recruiters may see; others are left out of the map. */
export async function contactsOf(resumeIds: readonly string[]): Promise<Map<string, CandidateContact>> {
  if (!resumeIds.length) return new Map();
  const db = await getDb();
  const rows = await db
    .select({
      id: resumes.id,
      contact: resumes.contact,
      // Written out in full: inside the subquery a bare column would name the inner table.
      sameEmail: sql<number>`case when "resumes"."candidate_email" is null then 0 else (
        select count(*)::int from ${resumes} other
        where other.candidate_email = "resumes"."candidate_email" and other.id <> "resumes"."id"
          and other.visibility = 'recruiters' and other.status <> 'failed') end`,
    })
    .from(resumes)
    .where(and(inArray(resumes.id, [...resumeIds]), visibleResume));
  return new Map(rows.map((r) => [r.id, { contact: r.contact, sameEmail: Number(r.sameEmail) }]));
}

export interface SameEmailResume {
  id: string;
  filename: string;
  candidateName: string | null;
  createdAt: Date;
  /** Whether it is ranked for the job asked about, so its page for that job can be opened. */
  rankedForJob: boolean;
}

/** The other resumes recruiters may see with this resume's email, oldest first; [] when it states none. */
export async function resumesWithSameEmail(resumeId: string, jobId: string): Promise<SameEmailResume[]> {
  const db = await getDb();
  const [self] = await db
    .select({ email: resumes.candidateEmail })
    .from(resumes)
    .where(eq(resumes.id, resumeId));
  if (!self?.email) return [];
  const rows = await db
    .select({
      id: resumes.id,
      filename: resumes.filename,
      candidateName: resumes.candidateName,
      createdAt: resumes.createdAt,
      rankedForJob: sql<boolean>`exists (select 1 from ${matches} m where m.job_id = ${jobId} and m.resume_id = ${resumes.id})`,
    })
    .from(resumes)
    .where(
      and(
        eq(resumes.candidateEmail, self.email),
        ne(resumes.id, resumeId),
        ne(resumes.status, 'failed'),
        visibleResume,
      ),
    )
    .orderBy(asc(resumes.createdAt), asc(resumes.id));
  return rows.map((r) => ({ ...r, rankedForJob: Boolean(r.rankedForJob) }));
}
