CREATE TABLE "chunks" (
	"id" serial PRIMARY KEY NOT NULL,
	"job_id" text,
	"resume_id" text,
	"ord" integer NOT NULL,
	"text" text NOT NULL,
	"embedding" vector(384) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"company" text DEFAULT '' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"content_hash" text NOT NULL,
	"skills" jsonb NOT NULL,
	"requirements" jsonb NOT NULL,
	"min_years" real,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"title_embedding" vector(384) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"job_id" text NOT NULL,
	"resume_id" text NOT NULL,
	"score" real NOT NULL,
	"result" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matches_job_id_resume_id_pk" PRIMARY KEY("job_id","resume_id")
);
--> statement-breakpoint
CREATE TABLE "resumes" (
	"id" text PRIMARY KEY NOT NULL,
	"filename" text NOT NULL,
	"kind" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content_hash" text NOT NULL,
	"original" "bytea" NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'processing' NOT NULL,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"candidate_name" text,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"years" real,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chunks" ADD CONSTRAINT "chunks_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chunks" ADD CONSTRAINT "chunks_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chunks_job_idx" ON "chunks" USING btree ("job_id","ord");--> statement-breakpoint
CREATE INDEX "chunks_resume_idx" ON "chunks" USING btree ("resume_id","ord");--> statement-breakpoint
CREATE INDEX "jobs_status_idx" ON "jobs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "matches_job_score_idx" ON "matches" USING btree ("job_id","score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "matches_resume_score_idx" ON "matches" USING btree ("resume_id","score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "resumes_status_idx" ON "resumes" USING btree ("status");--> statement-breakpoint
CREATE INDEX "resumes_hash_idx" ON "resumes" USING btree ("content_hash");