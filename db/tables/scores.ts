// What scoring reads and writes: the embedded passages of postings and resumes, and each pair's score.
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  vector,
} from 'drizzle-orm/pg-core';
import { EMBEDDING_DIMS } from '../../lib/embeddings/config';
import type { MatchResult, TitleKind } from '../../lib/match/types';
import { jobs } from './jobs';
import { resumes } from './resumes';

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
