-- Declares in db/schema.ts the search column and its GIN index that migration 0009 made by hand, so drizzle-kit knows
-- them (generate no longer sees them as new, push no longer drops them). Every database already has both from 0009,
-- so this changes nothing: IF NOT EXISTS keeps drizzle-kit's statements harmless.
ALTER TABLE "resumes" ADD COLUMN IF NOT EXISTS "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, regexp_replace(coalesce("candidate_name", '') || ' ' || "filename" || ' ' || "text", '[^[:alnum:]]+', ' ', 'g'))) STORED;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "resumes_search_idx" ON "resumes" USING gin ("search");
