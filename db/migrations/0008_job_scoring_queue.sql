ALTER TABLE "jobs" ADD COLUMN "scoring_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "scoring_cursor" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "scoring_claimed_by" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "scoring_claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "scoring_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "jobs_scoring_idx" ON "jobs" USING btree ("scoring_since") WHERE "jobs"."scoring_since" is not null;