// Recruiters and how they prove who they are (accounts, API tokens, sessions), and the rate-limit counts that
// instances on one Postgres server share.
import { bigint, boolean, index, integer, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';

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
