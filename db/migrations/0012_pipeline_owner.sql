-- A pipeline row belongs to the recruiter who set it (issue 11, "Shared board"). Rows on a recruiter's own job are
-- theirs: no one else can see that job. Rows on the shared board (jobs without an owner) have no known author, since
-- updated_by names only the last one to touch them: with a single recruiter they are that recruiter's, otherwise they
-- are dropped rather than handed to someone who may not have written them.
ALTER TABLE "applications" ADD COLUMN "recruiter_id" text;--> statement-breakpoint
UPDATE "applications" SET "recruiter_id" = "jobs"."owner_id" FROM "jobs" WHERE "jobs"."id" = "applications"."job_id" AND "jobs"."owner_id" IS NOT NULL;--> statement-breakpoint
UPDATE "applications" SET "recruiter_id" = (SELECT "id" FROM "recruiters" LIMIT 1) WHERE "recruiter_id" IS NULL AND (SELECT count(*) FROM "recruiters") = 1;--> statement-breakpoint
DELETE FROM "applications" WHERE "recruiter_id" IS NULL;--> statement-breakpoint
ALTER TABLE "applications" ALTER COLUMN "recruiter_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" DROP CONSTRAINT "applications_updated_by_recruiters_id_fk";--> statement-breakpoint
DROP INDEX "applications_job_status_idx";--> statement-breakpoint
ALTER TABLE "applications" DROP CONSTRAINT "applications_job_id_resume_id_pk";--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_job_id_resume_id_recruiter_id_pk" PRIMARY KEY("job_id","resume_id","recruiter_id");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_recruiter_id_recruiters_id_fk" FOREIGN KEY ("recruiter_id") REFERENCES "public"."recruiters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_job_recruiter_status_idx" ON "applications" USING btree ("job_id","recruiter_id","status");--> statement-breakpoint
ALTER TABLE "applications" DROP COLUMN "updated_by";
