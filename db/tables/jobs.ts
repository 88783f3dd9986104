// Postings: what recruiters post and the board shows, read into requirements and skills.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, real, text, timestamp, vector } from 'drizzle-orm/pg-core';
import { EMBEDDING_DIMS } from '../../lib/embeddings/config';
import type { ExtractedSkill } from '../../lib/skills';
import type { Occupation } from '../../lib/occupation';
import type { Requirement } from '../../lib/structure/requirements';
import { recruiters } from './accounts';

export type JobStatus = 'open' | 'closed';
export type StoredRequirement = Requirement & {
  skills: string[];
  minYears?: number | null;
  /** Skills it offers as alternatives ("AWS, GCP or Azure"); absent on jobs stored before they were read. */
  alternatives?: string[][];
};

export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    company: text('company').notNull().default(''),
    location: text('location').notNull().default(''),
    description: text('description').notNull(),
    status: text('status').$type<JobStatus>().notNull().default('open'),
    /**
     * The recruiter who posted it; null for the shared board (demo jobs) that every recruiter sees. A recruiter's
     * postings are theirs alone, so they go with the account (and their scores and pipeline with them): set to null
     * they would fall to the board every recruiter sees.
     */
    ownerId: text('owner_id').references(() => recruiters.id, { onDelete: 'cascade' }),
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
