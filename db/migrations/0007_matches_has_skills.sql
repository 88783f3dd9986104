ALTER TABLE "matches" ADD COLUMN "has" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- Fill it in for the scores already stored: the matched skills and the names of the implied ones.
UPDATE "matches" SET "has" = ARRAY(
  SELECT jsonb_array_elements_text(coalesce("result" -> 'skills' -> 'matched', '[]'::jsonb))
  UNION
  SELECT i ->> 'name' FROM jsonb_array_elements(coalesce("result" -> 'skills' -> 'implied', '[]'::jsonb)) AS i
);
