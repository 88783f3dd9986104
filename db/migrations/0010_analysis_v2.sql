ALTER TABLE "chunks" ADD COLUMN "kind" text DEFAULT 'passage' NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "occupation" jsonb;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "analysis_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "contact" jsonb;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "occupation" jsonb;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "analysis_version" integer DEFAULT 0 NOT NULL;