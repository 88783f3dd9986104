-- Approximate nearest resume passages (HNSW, inner product: the vectors are L2-normalised), on Postgres only.
-- The embedded database sets rolefit.embedded before migrating and skips it: there, keeping the graph up costs every
-- upload more (about 9 ms a passage) than exact scans cost at one machine's scale.
DO $$
BEGIN
  IF coalesce(current_setting('rolefit.embedded', true), '') <> 'on' THEN
    CREATE INDEX IF NOT EXISTS "chunks_resume_embedding_hnsw_idx" ON "chunks" USING hnsw ("embedding" vector_ip_ops) WHERE "resume_id" IS NOT NULL;
  END IF;
END $$;
