CREATE TABLE "application_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"job_id" text NOT NULL,
	"resume_id" text NOT NULL,
	"recruiter_id" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compared_postings" (
	"id" serial PRIMARY KEY NOT NULL,
	"resume_id" text NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"score" real NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_filters" (
	"id" serial PRIMARY KEY NOT NULL,
	"job_id" text NOT NULL,
	"recruiter_id" text NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_notes" ADD CONSTRAINT "application_notes_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_notes" ADD CONSTRAINT "application_notes_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_notes" ADD CONSTRAINT "application_notes_recruiter_id_recruiters_id_fk" FOREIGN KEY ("recruiter_id") REFERENCES "public"."recruiters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compared_postings" ADD CONSTRAINT "compared_postings_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_filters" ADD CONSTRAINT "saved_filters_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_filters" ADD CONSTRAINT "saved_filters_recruiter_id_recruiters_id_fk" FOREIGN KEY ("recruiter_id") REFERENCES "public"."recruiters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_notes_lookup_idx" ON "application_notes" USING btree ("job_id","resume_id","recruiter_id","created_at");--> statement-breakpoint
CREATE INDEX "compared_postings_resume_idx" ON "compared_postings" USING btree ("resume_id","created_at");--> statement-breakpoint
CREATE INDEX "saved_filters_job_recruiter_idx" ON "saved_filters" USING btree ("job_id","recruiter_id");--> statement-breakpoint
-- Notes written before the timeline become its first entry, dated when they were last saved.
INSERT INTO "application_notes" ("job_id", "resume_id", "recruiter_id", "body", "created_at") SELECT "job_id", "resume_id", "recruiter_id", "notes", "updated_at" FROM "applications" WHERE btrim("notes") <> '';
