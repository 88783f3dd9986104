// Each recruiter's own workspace on a job: the pipeline, its notes, and saved filters.
import { index, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { recruiters } from './accounts';
import { jobs } from './jobs';
import { resumes } from './resumes';

export type ApplicationStatus = 'new' | 'shortlisted' | 'interviewing' | 'rejected' | 'hired';
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'new',
  'shortlisted',
  'interviewing',
  'rejected',
  'hired',
];

/**
 * A recruiter's pipeline: where a candidate stands for a job. No row means "new". Each recruiter has their own, so on
 * a job every recruiter sees (the shared board) no one sees or changes another's status. `notes` is left from before
 * the timeline (application_notes, into which migration 0016 copied it): nothing reads or writes it any more.
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
 * The pipeline's notes: a timeline per candidate and job, each entry with its author and time, added and never
 * overwritten. They are the team's: whoever may see the job reads every recruiter's notes (a note's author is its
 * recruiter).
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
