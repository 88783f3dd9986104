import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  varchar,
  vector,
} from 'drizzle-orm/pg-core';
import type { ExtractedSkill } from '../lib/skills';
import type { MatchResult } from '../lib/match/types';
import type { Requirement } from '../lib/structure/requirements';
import type { SkillCorrections } from '../lib/match/corrections';
import type { TitleKind } from '../lib/match/types';
import type { Occupation } from '../lib/occupation';
import type { Contact } from '../lib/structure/contact';
import type { ResumeVisibility } from '../lib/candidate/visibility';

export const EMBEDDING_DIMS = 384;

/**
 * Postgres's text-search vector. Only the database reads it (`@@` in db/candidate-filters.ts); rows leave it out, so
 * the app never sees its value.
 */
const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

export type JobStatus = 'open' | 'closed';
export type ResumeStatus = 'processing' | 'ready' | 'failed';
export type StoredRequirement = Requirement & {
  skills: string[];
  minYears?: number | null;
  /** Skills it offers as alternatives ("AWS, GCP or Azure"); absent on jobs stored before they were read. */
  alternatives?: string[][];
};

export const recruiters = pgTable('recruiters', {
  id: text('id').primaryKey(),
  /** Stored lower-cased, so the unique index is case-insensitive in effect. */
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  blindReview: boolean('blind_review').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type Recruiter = typeof recruiters.$inferSelect;

/** Bearer tokens for scripts; only the SHA-256 of a token is kept, the token itself is shown once. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    recruiterId: text('recruiter_id')
      .notNull()
      .references(() => recruiters.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_recruiter_idx').on(t.recruiterId, t.createdAt)],
);
export type ApiToken = typeof apiTokens.$inferSelect;

/**
 * Signed-in browsers. The session cookie carries a random id and only its SHA-256 is kept here; deleting the row
 * ends the session on the server, whatever copies of the cookie exist (sign-out, "sign out everywhere", a new password).
 */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    recruiterId: text('recruiter_id')
      .notNull()
      .references(() => recruiters.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_recruiter_idx').on(t.recruiterId)],
);
export type Session = typeof sessions.$inferSelect;

export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    company: text('company').notNull().default(''),
    location: text('location').notNull().default(''),
    description: text('description').notNull(),
    status: text('status').$type<JobStatus>().notNull().default('open'),
    /** The recruiter who posted it; null for the shared board (demo jobs) that every recruiter sees. */
    ownerId: text('owner_id').references(() => recruiters.id, { onDelete: 'set null' }),
    contentHash: text('content_hash').notNull(),
    skills: jsonb('skills').$type<ExtractedSkill[]>().notNull(),
    requirements: jsonb('requirements').$type<StoredRequirement[]>().notNull(),
    minYears: real('min_years'),
    warnings: jsonb('warnings')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    titleEmbedding: vector('title_embedding', { dimensions: EMBEDDING_DIMS }).notNull(),
    /** The ESCO occupation its title names, when one does. */
    occupation: jsonb('occupation').$type<Occupation | null>(),
    /** Which analysis (JOB_ANALYSIS_VERSION) its requirements and skills came from; older ones are redone on start. */
    analysisVersion: integer('analysis_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Scoring the job against every ready resume runs in the background queue, a page of resumes at a time: set when
     * a pass is asked for (posted, edited, reopened), null once the scores are current.
     */
    scoringSince: timestamp('scoring_since', { withTimezone: true }),
    /** The last resume id (in id order) this pass has scored; null before the first page. */
    scoringCursor: text('scoring_cursor'),
    /** The instance scoring a page now, until its lease ends (as for resumes). */
    scoringClaimedBy: text('scoring_claimed_by'),
    scoringClaimedUntil: timestamp('scoring_claimed_until', { withTimezone: true }),
    scoringAttempts: integer('scoring_attempts').notNull().default(0),
  },
  (t) => [
    index('jobs_status_idx').on(t.status, t.createdAt),
    index('jobs_owner_idx').on(t.ownerId),
    index('jobs_scoring_idx')
      .on(t.scoringSince)
      .where(sql`${t.scoringSince} is not null`),
  ],
);
export type Job = typeof jobs.$inferSelect;

export const resumes = pgTable(
  'resumes',
  {
    id: text('id').primaryKey(),
    filename: text('filename').notNull(),
    kind: text('kind').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    contentHash: text('content_hash').notNull(),
    original: bytea('original').notNull(),
    text: text('text').notNull(),
    status: text('status').$type<ResumeStatus>().notNull().default('processing'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    candidateName: text('candidate_name'),
    skills: jsonb('skills')
      .$type<ExtractedSkill[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    years: real('years'),
    warnings: jsonb('warnings')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** SHA-256 of the candidate's private-link token; null for resumes stored before links existed. */
    accessTokenHash: text('access_token_hash').unique(),
    /** The app instance processing it (the queue's claim); null when no one holds it. */
    claimedBy: text('claimed_by'),
    /** End of the claim's lease: past it another instance may take the resume over, its processor having died. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    /** Skills the candidate added or removed by hand; applied on top of what extraction found. */
    skillCorrections: jsonb('skill_corrections')
      .$type<SkillCorrections>()
      .notNull()
      .default(sql`'{"added":[],"removed":[]}'::jsonb`),
    /** The candidate's email as found in the resume, lower-cased: bulk uploads report duplicates by it. */
    candidateEmail: text('candidate_email'),
    /** Name, email, phone, location and links as the resume states them; null for resumes stored before. */
    contact: jsonb('contact').$type<Contact | null>(),
    /** The ESCO occupation its headline and recent roles name, when they do. */
    occupation: jsonb('occupation').$type<Occupation | null>(),
    /** Which analysis (RESUME_ANALYSIS_VERSION) its skills, passages and scores came from; older ones are redone on start. */
    analysisVersion: integer('analysis_version').notNull().default(0),
    /** The recruiter who uploaded it in bulk; null when the candidate uploaded it. */
    uploadedBy: text('uploaded_by').references(() => recruiters.id, { onDelete: 'set null' }),
    /**
     * Whether recruiters may see it ('recruiters') or only the holder of its private link ('private'), as the
     * candidate chose. Resumes stored before the choice existed, and recruiters' bulk uploads, are visible.
     */
    visibility: text('visibility').$type<ResumeVisibility>().notNull().default('recruiters'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The words of the candidate's name, the file name and the text, split on anything that is not a letter or digit
     * ("node.js" gives node and js, an email its parts), for the recruiters' search (migration 0009). Generated by the
     * database; reads of resume rows name their columns and leave it out.
     */
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('simple'::regconfig, regexp_replace(coalesce("candidate_name", '') || ' ' || "filename" || ' ' || "text", '[^[:alnum:]]+', ' ', 'g'))`,
    ),
  },
  (t) => [
    check('resumes_visibility_check', sql`${t.visibility} in ('recruiters', 'private')`),
    // Recruiters' reads leave out the resumes hidden from them (db/resume-visibility.ts), found through this small
    // index, so the filter costs the number of hidden resumes rather than a lookup for every ranked one.
    index('resumes_hidden_idx')
      .on(t.id)
      .where(sql`${t.visibility} <> 'recruiters'`),
    index('resumes_status_idx').on(t.status),
    index('resumes_email_idx').on(t.candidateEmail),
    index('resumes_hash_idx').on(t.contentHash),
    // Free-text search reads the generated `search` through this GIN index (db/candidate-filters.ts).
    index('resumes_search_idx').using('gin', t.search),
    // The queue: the few resumes still processing, oldest first, however many are ready.
    index('resumes_queue_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'processing'`),
  ],
);
export type Resume = typeof resumes.$inferSelect;

/**
 * Embedded passages: a job's title and requirements (ord 0 is the title) or a resume's chunks. On Postgres (not the
 * embedded database, where keeping it up costs each upload more than it saves) resume passages also have an HNSW
 * index, chunks_resume_embedding_hnsw_idx, made by migration 0006 rather than declared here.
 */
export const chunks = pgTable(
  'chunks',
  {
    id: serial('id').primaryKey(),
    jobId: text('job_id').references(() => jobs.id, { onDelete: 'cascade' }),
    resumeId: text('resume_id').references(() => resumes.id, { onDelete: 'cascade' }),
    ord: integer('ord').notNull(),
    /** A passage of the text, or (resumes only) its headline or a recent role title, embedded on its own. */
    kind: text('kind').$type<'passage' | 'line' | TitleKind>().notNull().default('passage'),
    text: text('text').notNull(),
    embedding: vector('embedding', { dimensions: EMBEDDING_DIMS }).notNull(),
  },
  (t) => [index('chunks_job_idx').on(t.jobId, t.ord), index('chunks_resume_idx').on(t.resumeId, t.ord)],
);
export type Chunk = typeof chunks.$inferSelect;

/** Scores are computed when a resume or a job changes, so ranking is an indexed read. */
export const matches = pgTable(
  'matches',
  {
    jobId: text('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    resumeId: text('resume_id')
      .notNull()
      .references(() => resumes.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    result: jsonb('result').$type<MatchResult>().notNull(),
    /**
     * The skills the resume has for this job, named or implied (result.skills.matched plus implied), kept apart from
     * the result so that filtering and counting candidates by skill never unpacks whole results.
     */
    has: text('has')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.resumeId] }),
    index('matches_job_score_idx').on(t.jobId, t.score.desc()),
    index('matches_resume_score_idx').on(t.resumeId, t.score.desc()),
  ],
);
export type Match = typeof matches.$inferSelect;

export type ApplicationStatus = 'new' | 'shortlisted' | 'interviewing' | 'rejected' | 'hired';
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'new',
  'shortlisted',
  'interviewing',
  'rejected',
  'hired',
];

/**
 * A recruiter's pipeline: where a candidate stands for a job, with notes. No row means "new". Each recruiter has their
 * own, so on a job every recruiter sees (the shared board) no one sees or changes another's status and notes.
 */
export const applications = pgTable(
  'applications',
  {
    jobId: text('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    resumeId: text('resume_id')
      .notNull()
      .references(() => resumes.id, { onDelete: 'cascade' }),
    recruiterId: text('recruiter_id')
      .notNull()
      .references(() => recruiters.id, { onDelete: 'cascade' }),
    status: text('status').$type<ApplicationStatus>().notNull().default('new'),
    notes: text('notes').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.resumeId, t.recruiterId] }),
    index('applications_job_recruiter_status_idx').on(t.jobId, t.recruiterId, t.status),
  ],
);
export type Application = typeof applications.$inferSelect;

/**
 * Deletions whose old row versions may still sit in table files and the write-ahead log. Each delete of personal
 * data adds one in its own transaction; the purge (db/purge.ts) rewrites the tables, then removes the rows it saw,
 * so a purge cut short by a stop is run again on the next start.
 */
export const purgeRequests = pgTable('purge_requests', {
  id: serial('id').primaryKey(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Rate-limit counts shared by every instance on one Postgres server (rate-limiter-flexible's RateLimiterPostgres
 * reads and writes it; its column layout is that library's). The embedded database keeps counts in memory instead.
 */
export const rateLimits = pgTable('rate_limits', {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull().default(0),
  /** End of the key's window, in milliseconds since the epoch; null for no end. */
  expire: bigint('expire', { mode: 'number' }),
});

/**
 * The pipeline's notes: a timeline per candidate and job, each entry with its author and time, added and never
 * overwritten. Each recruiter's notes are their own, as their pipeline is (a note's author is its recruiter).
 */
export const applicationNotes = pgTable(
  'application_notes',
  {
    id: serial('id').primaryKey(),
    jobId: text('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    resumeId: text('resume_id')
      .notNull()
      .references(() => resumes.id, { onDelete: 'cascade' }),
    recruiterId: text('recruiter_id')
      .notNull()
      .references(() => recruiters.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_notes_lookup_idx').on(t.jobId, t.resumeId, t.recruiterId, t.createdAt)],
);
export type ApplicationNote = typeof applicationNotes.$inferSelect;

/** A recruiter's named filters for one job's candidate list: the list's query string, kept as the page reads it. */
export const savedFilters = pgTable(
  'saved_filters',
  {
    id: serial('id').primaryKey(),
    jobId: text('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    recruiterId: text('recruiter_id')
      .notNull()
      .references(() => recruiters.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    query: text('query').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_filters_job_recruiter_idx').on(t.jobId, t.recruiterId)],
);
export type SavedFilter = typeof savedFilters.$inferSelect;

/**
 * The postings a candidate compared their resume with (the compare page), kept under the private link so they can
 * be opened again; deleted with the resume.
 */
export const comparedPostings = pgTable(
  'compared_postings',
  {
    id: serial('id').primaryKey(),
    resumeId: text('resume_id')
      .notNull()
      .references(() => resumes.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    text: text('text').notNull(),
    score: real('score').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('compared_postings_resume_idx').on(t.resumeId, t.createdAt)],
);
export type ComparedPosting = typeof comparedPostings.$inferSelect;
