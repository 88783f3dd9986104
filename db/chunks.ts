// Persistence of the embedded pieces of postings and resumes: a posting's requirements, a resume's passages, titles
// and lines, each with its vector. Written inside the caller's transaction with the row they belong to.
import 'server-only';
import { and, asc, eq, inArray, innerProduct, isNotNull, sql } from 'drizzle-orm';
import type { StoredChunk } from '../lib/match/stored';
import type { VectorLike } from '../lib/match/vector';
import { getDb, type Db } from './client';
import { chunks } from './schema';

type Tx = Pick<Db, 'insert' | 'delete'>;

/** Replaces a posting's requirement chunks: requirement i with vector i. */
export async function replaceRequirementChunksIn(
  tx: Tx,
  jobId: string,
  requirements: readonly { text: string }[],
  vectors: readonly VectorLike[],
): Promise<void> {
  await tx.delete(chunks).where(eq(chunks.jobId, jobId));
  if (!vectors.length) return;
  await tx.insert(chunks).values(
    requirements.map((r, i) => ({
      jobId,
      ord: i,
      text: r.text,
      embedding: Array.from(vectors[i] ?? []),
    })),
  );
}

/** Replaces a resume's chunks with these, in this order (passages, then titles, then lines). */
export async function replaceResumeChunksIn(
  tx: Tx,
  resumeId: string,
  rows: readonly { kind: StoredChunk['kind']; text: string; vector: VectorLike }[],
): Promise<void> {
  await tx.delete(chunks).where(eq(chunks.resumeId, resumeId));
  if (!rows.length) return;
  await tx.insert(chunks).values(
    rows.map((c, i) => ({
      resumeId,
      ord: i,
      kind: c.kind,
      text: c.text,
      embedding: Array.from(c.vector),
    })),
  );
}

/** Each posting's requirement vectors, in requirement order. */
export async function requirementVectors(jobIds: string[]): Promise<Map<string, VectorLike[]>> {
  const db = await getDb();
  const rows = await db
    .select({ jobId: chunks.jobId, ord: chunks.ord, embedding: chunks.embedding })
    .from(chunks)
    .where(inArray(chunks.jobId, jobIds))
    .orderBy(asc(chunks.jobId), asc(chunks.ord));
  const byJob = new Map<string, VectorLike[]>();
  for (const c of rows) {
    const list = byJob.get(c.jobId!) ?? [];
    list[c.ord] = c.embedding;
    byJob.set(c.jobId!, list);
  }
  return byJob;
}

/**
 * Each resume's chunks in stored order. With `projectOnto`, each chunk's vector is replaced by its similarities to
 * those vectors, computed in the database next to the stored vectors (see projectedChunks).
 */
export async function resumeChunks(
  resumeIds: string[],
  projectOnto?: readonly VectorLike[],
): Promise<Map<string, StoredChunk[]>> {
  const rows = projectOnto ? await projectedChunks(resumeIds, projectOnto) : await fullChunks(resumeIds);
  const byResume = new Map<string, StoredChunk[]>();
  for (const { resumeId, ...chunk } of rows) {
    const list = byResume.get(resumeId) ?? [];
    list.push(chunk);
    byResume.set(resumeId, list);
  }
  return byResume;
}

type ChunkRow = StoredChunk & { resumeId: string };

/** The chunks of these resumes with their vectors, read as pgvector's text form and JSON-parsed (about twice as fast as the column's own mapping). */
async function fullChunks(resumeIds: string[]): Promise<ChunkRow[]> {
  const db = await getDb();
  const rows = await db
    .select({
      resumeId: chunks.resumeId,
      kind: chunks.kind,
      text: chunks.text,
      embedding: sql<string>`${chunks.embedding}::text`,
    })
    .from(chunks)
    .where(and(isNotNull(chunks.resumeId), inArray(chunks.resumeId, resumeIds)))
    .orderBy(asc(chunks.resumeId), asc(chunks.ord));
  return rows.map((r) => ({
    resumeId: r.resumeId!,
    kind: r.kind,
    text: r.text,
    vector: JSON.parse(r.embedding) as number[],
  }));
}

/**
 * The chunks of these resumes, each with its similarities to `onto` instead of its vector, computed next to the
 * stored vectors (each vector to project onto is one parameter, parsed once a query, not once a chunk).
 */
async function projectedChunks(resumeIds: string[], onto: readonly VectorLike[]): Promise<ChunkRow[]> {
  const db = await getDb();
  const sims = onto.map((v) => sql`-(${innerProduct(chunks.embedding, Array.from(v))})`);
  const rows = await db
    .select({
      resumeId: chunks.resumeId,
      kind: chunks.kind,
      text: chunks.text,
      vector: sql<number[]>`array[${sql.join(sims, sql`, `)}]::float8[]`,
    })
    .from(chunks)
    .where(inArray(chunks.resumeId, resumeIds))
    .orderBy(asc(chunks.resumeId), asc(chunks.ord));
  return rows.map((r) => ({ ...r, resumeId: r.resumeId! }));
}
