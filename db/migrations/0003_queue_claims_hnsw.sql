ALTER TABLE "resumes" ADD COLUMN "claimed_by" text;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "chunks_resume_embedding_hnsw_idx" ON "chunks" USING hnsw ("embedding" vector_ip_ops) WHERE "chunks"."resume_id" is not null;--> statement-breakpoint
CREATE INDEX "resumes_queue_idx" ON "resumes" USING btree ("created_at") WHERE "resumes"."status" = 'processing';