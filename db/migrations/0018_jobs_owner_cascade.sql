-- A recruiter's own postings go with the account, with their scores and pipeline (cascades from jobs), instead of
-- losing their owner and so falling to the shared board every recruiter sees.
ALTER TABLE "jobs" DROP CONSTRAINT "jobs_owner_id_recruiters_id_fk";
--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_owner_id_recruiters_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."recruiters"("id") ON DELETE cascade ON UPDATE no action;