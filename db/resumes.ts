// Persistence of resumes: storing an upload, reading it, finding a duplicate, correcting its skills, deleting it, and
// the scoring profiles the matcher reads. Reads that a recruiter makes leave out private resumes (resume-visibility.ts).
import 'server-only';
import { and, asc, count, desc, eq, getTableColumns, gt, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { ResumeVisibility } from '../lib/candidate/visibility';
import type { SkillCorrections } from '../lib/match/corrections';
import { storedResumeProfile } from '../lib/match/stored';
import type { ResumeProfile } from '../lib/match/types';
import type { VectorLike } from '../lib/match/vector';
import type { Contact } from '../lib/structure/contact';
import { resumeChunks } from './chunks';
import { getDb } from './client';
import { requestPurge } from './purge';
import { visibleResume } from './resume-visibility';
import { chunks, matches, resumes, type Resume, type ResumeStatus } from './schema';

export interface NewResume {
  id: string;
  filename: string;
  kind: string;
  sizeBytes: number;
  contentHash: string;
  original: Uint8Array;
  text: string;
  candidateName: string | null;
  candidateEmail?: string | null;
  contact?: Contact | null;
  /** The recruiter who uploaded it in bulk, if one did. */
  uploadedBy?: string | null;
  /** Who may see it; unset, recruiters may (the column's default). */
  visibility?: ResumeVisibility;
  /** SHA-256 of the candidate's private-link token. */
  accessTokenHash: string;
}

/** Stores the upload (bytes and text) as `processing`; embedding happens afterwards (processing.ts). */
export async function insertResume(resume: NewResume): Promise<void> {
  const db = await getDb();
  await db.insert(resumes).values({ ...resume, status: 'processing' });
}

export type ResumeSummary = Pick<
  Resume,
  'id' | 'filename' | 'candidateName' | 'status' | 'error' | 'years' | 'createdAt'
>;

/** A stored resume without its original bytes (and without the search vector, which only the database reads). */
export type StoredResume = Omit<Resume, 'original' | 'search'>;

export async function getResume(id: string): Promise<StoredResume | null> {
  const db = await getDb();
  const { original: _original, search: _search, ...cols } = getTableColumns(resumes);
  const [row] = await db.select(cols).from(resumes).where(eq(resumes.id, id));
  return row ?? null;
}

/** The resumes recruiters may see, newest first. */
export async function listResumes(): Promise<ResumeSummary[]> {
  const db = await getDb();
  return db
    .select({
      id: resumes.id,
      filename: resumes.filename,
      candidateName: resumes.candidateName,
      status: resumes.status,
      error: resumes.error,
      years: resumes.years,
      createdAt: resumes.createdAt,
    })
    .from(resumes)
    .where(visibleResume)
    .orderBy(desc(resumes.createdAt));
}

/** Processing status of the given resumes (ids that do not exist are left out). */
export async function resumeStatuses(
  ids: readonly string[],
): Promise<{ id: string; status: ResumeStatus; error: string | null }[]> {
  if (!ids.length) return [];
  const db = await getDb();
  return db
    .select({ id: resumes.id, status: resumes.status, error: resumes.error })
    .from(resumes)
    .where(inArray(resumes.id, [...ids]));
}

/** Resumes recruiters may see still being analysed: they join every open job's ranking when ready. */
export async function countProcessingResumes(): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(resumes)
    .where(and(eq(resumes.status, 'processing'), visibleResume));
  return row?.n ?? 0;
}

export interface ExistingResume {
  id: string;
  filename: string;
  candidateName: string | null;
}

/**
 * The earliest stored resume with these exact bytes, or with this (lower-cased) email, of those recruiters may see;
 * failed uploads do not count. A private resume is never named to a recruiter, so their copy is stored apart.
 */
export async function findDuplicateResume(
  by: { contentHash?: string; email?: string | null },
  exceptId?: string,
): Promise<ExistingResume | null> {
  const db = await getDb();
  const match = by.contentHash
    ? eq(resumes.contentHash, by.contentHash)
    : by.email
      ? eq(resumes.candidateEmail, by.email)
      : null;
  if (!match) return null;
  const [row] = await db
    .select({ id: resumes.id, filename: resumes.filename, candidateName: resumes.candidateName })
    .from(resumes)
    .where(
      and(
        match,
        ne(resumes.status, 'failed'),
        visibleResume,
        exceptId ? ne(resumes.id, exceptId) : undefined,
      ),
    )
    .orderBy(asc(resumes.createdAt))
    .limit(1);
  return row ?? null;
}

export async function setSkillCorrections(resumeId: string, corrections: SkillCorrections): Promise<void> {
  const db = await getDb();
  await db.update(resumes).set({ skillCorrections: corrections }).where(eq(resumes.id, resumeId));
}

/**
 * Ready resumes' scoring profiles, a page at a time, in a stable order. With `projectOnto` (a posting's title and
 * requirement vectors), each passage's vector is replaced by its similarities to those, computed in the database
 * next to the stored vectors: a few numbers a passage instead of 384, for scoring with the posting in passage space
 * (see inPassageSpace in lib/match).
 */
export async function loadResumeProfiles(opts: {
  afterId?: string;
  limit: number;
  ids?: string[];
  projectOnto?: readonly VectorLike[];
}): Promise<{ id: string; profile: ResumeProfile }[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: resumes.id,
      skills: resumes.skills,
      years: resumes.years,
      corrections: resumes.skillCorrections,
      occupation: resumes.occupation,
    })
    .from(resumes)
    .where(
      and(
        eq(resumes.status, 'ready'),
        opts.afterId ? gt(resumes.id, opts.afterId) : undefined,
        opts.ids ? inArray(resumes.id, opts.ids) : undefined,
      ),
    )
    .orderBy(asc(resumes.id))
    .limit(opts.limit);
  if (!rows.length) return [];
  const chunksOf = await resumeChunks(
    rows.map((r) => r.id),
    opts.projectOnto,
  );
  return rows.map((r) => ({ id: r.id, profile: storedResumeProfile(r, chunksOf.get(r.id) ?? []) }));
}

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

/**
 * Deletes a resume and everything derived from it: its chunks (passages and vectors), matches and pipeline rows go
 * with it by foreign-key cascade, and its original bytes and text live in the row itself. The same transaction asks
 * for a purge (db/purge.ts), which removes the dead rows' bytes from disk. False when it was already gone.
 */
export async function deleteResume(id: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx.delete(resumes).where(eq(resumes.id, id)).returning({ id: resumes.id });
    if (rows.length > 0) await requestPurge(tx);
    return rows.length > 0;
  });
}
