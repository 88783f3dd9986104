ALTER TABLE "resumes" ADD COLUMN "visibility" text DEFAULT 'recruiters' NOT NULL;--> statement-breakpoint
CREATE INDEX "resumes_hidden_idx" ON "resumes" USING btree ("id") WHERE "resumes"."visibility" <> 'recruiters';--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_visibility_check" CHECK ("resumes"."visibility" in ('recruiters', 'private'));