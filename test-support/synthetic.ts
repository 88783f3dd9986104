// Bulk loaders for the benchmark only (npm run bench): they write many ready resumes, jobs and matches in a few
// set-based statements, where the app's own path (embedding every document) would take hours at 100,000 resumes.
// Rows look like the app's: plausible skills, real-sized match results, unit vectors of the model's dimension.
import { sql } from 'drizzle-orm';
import type { MatchResult } from '../lib/match/types';
import { skillsHeld } from '../lib/match/score';
import type { ExtractedSkill } from '../lib/skills';
import { getDb } from '../db/client';
import type { StoredRequirement } from '../db/schema';
import { EMBEDDING_DIMS } from '../lib/embeddings/config';

/** A random unit vector, as the model's vectors are L2-normalised. */
export function randomUnitVector(dims = EMBEDDING_DIMS): number[] {
  const v = Array.from({ length: dims }, () => Math.random() * 2 - 1);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

const vectorLiteral = (v: readonly number[]) => `[${v.map((x) => x.toFixed(6)).join(',')}]`;

export interface SyntheticResumes {
  /** Ids are `${prefix}${n}` for n in [from, to). */
  prefix: string;
  from: number;
  to: number;
  /** Skill sets handed out in turn. */
  skillSets: ExtractedSkill[][];
  text: string;
}

/** Inserts ready resumes with no passages; add passages with insertSyntheticChunks when a query needs vectors. */
export async function insertSyntheticResumes(r: SyntheticResumes): Promise<void> {
  const db = await getDb();
  const sets = JSON.stringify(r.skillSets);
  await db.execute(sql`
    insert into resumes (id, filename, kind, size_bytes, content_hash, original, text, status, candidate_name, skills, years, created_at)
    select ${r.prefix} || g, 'candidate-' || g || '.pdf', 'pdf', 6000, md5(${r.prefix} || g), '\\x00'::bytea, ${r.text}, 'ready',
           'Candidate ' || g, (${sets}::jsonb) -> (g % ${r.skillSets.length}), 1 + g % 15, now() - g * interval '1 second'
    from generate_series(${r.from}::int, ${r.to - 1}::int) as g`);
}

/** Inserts `perResume` passages with random unit vectors for resumes `${prefix}${n}`, n in [from, to). */
export async function insertSyntheticChunks(
  r: { prefix: string; from: number; to: number },
  perResume: number,
  texts: readonly string[],
): Promise<void> {
  const db = await getDb();
  // The vectors are made in the database: passing 384 floats per row as parameters is several times slower.
  // The subquery mentions g and o so that it runs for every row rather than once.
  await db.execute(sql`
    insert into chunks (resume_id, ord, text, embedding)
    select ${r.prefix} || g, o, (${JSON.stringify(texts)}::jsonb) ->> (o % ${texts.length}),
           l2_normalize(array(select random() * 2 - 1 from generate_series(1, ${EMBEDDING_DIMS}) where g >= 0 and o >= 0)::vector)
    from generate_series(${r.from}::int, ${r.to - 1}::int) as g, generate_series(0, ${perResume - 1}::int) as o`);
}

/** Scores for one job against resumes `${prefix}${n}`, n in [from, to): random scores, real-sized results. */
export async function insertSyntheticJobMatches(
  jobId: string,
  r: { prefix: string; from: number; to: number },
  results: MatchResult[],
): Promise<void> {
  const db = await getDb();
  await db.execute(sql`
    insert into matches (job_id, resume_id, score, result, has)
    select ${jobId}, ${r.prefix} || g, round((random() * 100)::numeric, 4), (${JSON.stringify(results)}::jsonb) -> (g % ${results.length}),
           array(select jsonb_array_elements_text((${JSON.stringify(results.map(skillsHeld))}::jsonb) -> (g % ${results.length})))
    from generate_series(${r.from}::int, ${r.to - 1}::int) as g`);
}

export interface SyntheticJobs {
  prefix: string;
  count: number;
  title: string;
  description: string;
  skills: ExtractedSkill[];
  requirements: StoredRequirement[];
}

/** Inserts open jobs `${prefix}${n}` with a random title vector and no requirement passages. */
export async function insertSyntheticJobs(j: SyntheticJobs): Promise<void> {
  const db = await getDb();
  const BATCH = 500;
  for (let from = 0; from < j.count; from += BATCH) {
    const to = Math.min(j.count, from + BATCH);
    const vectors = Array.from({ length: to - from }, () => vectorLiteral(randomUnitVector()));
    await db.execute(sql`
      insert into jobs (id, title, company, location, description, content_hash, skills, requirements, title_embedding, created_at)
      select ${j.prefix} || g, ${j.title} || ' ' || g, 'Company ' || (g % 97), 'Remote', ${j.description}, md5(${j.prefix} || g),
             ${JSON.stringify(j.skills)}::jsonb, ${JSON.stringify(j.requirements)}::jsonb, ((${JSON.stringify(vectors)}::jsonb) ->> (g - ${from}))::vector,
             now() - g * interval '1 second'
      from generate_series(${from}::int, ${to - 1}::int) as g`);
  }
}

/** Scores for one resume against jobs `${prefix}${n}`, n in [0, count). */
export async function insertSyntheticResumeMatches(
  resumeId: string,
  jobs: { prefix: string; count: number },
  results: MatchResult[],
): Promise<void> {
  const db = await getDb();
  await db.execute(sql`
    insert into matches (job_id, resume_id, score, result, has)
    select ${jobs.prefix} || g, ${resumeId}, round((random() * 100)::numeric, 4), (${JSON.stringify(results)}::jsonb) -> (g % ${results.length}),
           array(select jsonb_array_elements_text((${JSON.stringify(results.map(skillsHeld))}::jsonb) -> (g % ${results.length})))
    from generate_series(0, ${jobs.count - 1}::int) as g`);
}

/** Refreshes the planner's statistics after a bulk load, as autovacuum would on a server. */
export async function analyze(): Promise<void> {
  const db = await getDb();
  await db.execute(sql`analyze`);
}
