-- Free-text search over candidates: the words of a resume's candidate name, file name and text, split on anything
-- that is not a letter or digit ("node.js" gives node and js, an email its parts), kept as a tsvector with a GIN
-- index, so a recruiter's search reads the index instead of matching a pattern against every resume's text.
-- The column is not in the drizzle schema (db/schema.ts), so that reading resume rows never carries it.
ALTER TABLE "resumes" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple'::regconfig, regexp_replace(coalesce("candidate_name", '') || ' ' || "filename" || ' ' || "text", '[^[:alnum:]]+', ' ', 'g'))
) STORED;
--> statement-breakpoint
CREATE INDEX "resumes_search_idx" ON "resumes" USING gin ("search");
