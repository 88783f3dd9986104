// The Postgres path (DATABASE_URL) through a real wire connection: node-postgres, as in production, talking to the
// real PostgreSQL with pgvector that CI starts (TEST_DATABASE_URL), where concurrent claims truly race; without one,
// to @electric-sql/pglite-socket serving a PGlite, which interleaves them statement by statement
// (test-support/postgres.ts). The claim is one statement either way, which is what makes a resume go to one worker.
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeEmbedder, embedTexts } from '../lib/embeddings/model';
import { prepareResume, resumePassages } from '../lib/match';
import { closeDb, getDbHandle } from '../db/client';
import { claimNextResume, completeResume } from '../db/processing';
import { countRanked } from '../db/matches';
import { insertResume } from '../db/resumes';
import { chunks, matches, resumes } from '../db/schema';
import { createJob } from './jobs';
import { drainQueue } from './resumes';
import { startTestPostgres, type TestPostgres } from '../test-support/postgres';

// The real model, watched: the tests count how often it is asked to embed.
vi.mock('../lib/embeddings/model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../lib/embeddings/model')>();
  return { ...actual, embedTexts: vi.fn(actual.embedTexts) };
});

let postgres: TestPostgres;

const RESUMES = [
  'Dana Ortiz\nData Engineer\nBuilt batch pipelines in Python and Apache Spark; tuned SQL on PostgreSQL and Snowflake.\nExperience\nData Engineer, Acme 2019 - 2024\n- Moved nightly jobs to Airflow with data quality checks.',
  'Lee Park\nRegistered Nurse\nICU nurse with six years of critical care, ventilator management and patient education.\nExperience\nRN, County Hospital 2018 - 2024\n- Precepted new graduate nurses.',
  'Ana Silva\nFrontend Developer\nReact and TypeScript developer who builds accessible design systems.\nExperience\nFrontend Developer, Shopline 2020 - 2024\n- Cut bundle size by 40% with code splitting.',
  'Omar Haddad\nAccountant\nCPA with month-end close, reconciliations, US GAAP and NetSuite experience.\nExperience\nSenior Accountant, Lakeshore 2017 - 2024\n- Shortened the close from 9 to 5 days.',
  'Mei Tanaka\nMachine Learning Engineer\nTrains and deploys PyTorch models on Kubernetes with MLflow tracking.\nExperience\nML Engineer, Northwind 2019 - 2024\n- Served models behind FastAPI with canary releases.',
  'Jon Berg\nDevOps Engineer\nTerraform, AWS and Kubernetes; builds CI/CD pipelines with GitHub Actions.\nExperience\nDevOps Engineer, Cloudly 2016 - 2024\n- Ran the EKS clusters for 40 services.',
];

function resumeRow(id: string, text: string, contentHash: string) {
  return {
    id,
    filename: `${id}.txt`,
    kind: 'text' as const,
    sizeBytes: text.length,
    contentHash,
    original: new TextEncoder().encode(text),
    text,
    candidateName: null,
    accessTokenHash: `token-${id}`,
  };
}

async function storeResume(id: string, text: string, contentHash = id): Promise<void> {
  await insertResume(resumeRow(id, text, contentHash));
}

async function db() {
  return (await getDbHandle()).db;
}

beforeAll(async () => {
  postgres = await startTestPostgres();
  process.env.DATABASE_URL = postgres.url;
  process.env.EXACT_SCORING_LIMIT = '1000';
  await getDbHandle();
  await createJob({
    title: 'Data Engineer',
    description: 'Requirements\n- Python and Apache Spark pipelines\n- SQL on PostgreSQL',
  });
  await createJob({
    title: 'ICU Nurse',
    description: 'Requirements\n- Registered nurse license\n- Critical care experience',
  });
});

afterAll(async () => {
  await closeDb();
  await closeEmbedder();
  await postgres.stop();
  delete process.env.DATABASE_URL;
});

describe('Postgres over the wire (node-postgres, to a real server in CI)', () => {
  it('applies the migrations and makes the HNSW index on resume passages', async () => {
    const handle = await getDbHandle();
    expect(handle.kind).toBe('postgres');
    const { rows } = await handle.db.execute<{ indexdef: string }>(
      sql`select indexdef from pg_indexes where indexname = 'chunks_resume_embedding_hnsw_idx'`,
    );
    expect(rows[0]?.indexdef).toMatch(
      /USING hnsw \(embedding vector_ip_ops\) WHERE \(resume_id IS NOT NULL\)/,
    );
  });

  it('two queue workers racing process every resume exactly once', async () => {
    const ids = RESUMES.map((_, i) => `race-${i}`);
    for (const [i, id] of ids.entries()) await storeResume(id, RESUMES[i]!);
    const [a, b] = await Promise.all([drainQueue('instance-a'), drainQueue('instance-b')]);

    expect([...a.done, ...b.done].sort()).toEqual([...ids].sort());
    expect(a.done.filter((id) => b.done.includes(id))).toEqual([]);
    // Both took part: while one embedded, the other claimed the next resume.
    expect(a.done.length).toBeGreaterThan(0);
    expect(b.done.length).toBeGreaterThan(0);
    for (const [i, id] of ids.entries()) {
      const [row] = await (await db()).select().from(resumes).where(eq(resumes.id, id));
      expect(row).toMatchObject({ status: 'ready', attempts: 1, claimedBy: null, claimedUntil: null });
      const [passages] = await (
        await db()
      )
        .select({ n: count() })
        .from(chunks)
        .where(eq(chunks.resumeId, id));
      // Its passages, then its headline and recent role titles.
      expect(passages?.n).toBe(resumePassages(prepareResume(RESUMES[i]!)).length);
      const [scored] = await (
        await db()
      )
        .select({ n: count() })
        .from(matches)
        .where(eq(matches.resumeId, id));
      expect(scored?.n).toBe(2);
    }
  });

  it('skips a resume another instance holds, and takes it over when that instance’s lease runs out', async () => {
    await storeResume('orphan', RESUMES[0]!, 'orphan-hash');
    const held = await claimNextResume('instance-dead', { leaseMs: 60_000, maxAttempts: 3 });
    expect(held?.id).toBe('orphan');
    expect(await claimNextResume('instance-b', { leaseMs: 60_000, maxAttempts: 3 })).toBeNull();

    // The holder died: its lease runs out, another instance finishes the resume, and the late holder cannot.
    await (
      await db()
    )
      .update(resumes)
      .set({ claimedUntil: sql`now() - interval '1 second'` })
      .where(eq(resumes.id, 'orphan'));
    expect((await drainQueue('instance-b')).done).toEqual(['orphan']);
    const late = await completeResume('orphan', { skills: [], years: null, warnings: [], chunks: [] }, [], {
      claimedBy: 'instance-dead',
    });
    expect(late).toBe(false);
    const [row] = await (
      await db()
    )
      .select({ status: resumes.status, attempts: resumes.attempts })
      .from(resumes)
      .where(eq(resumes.id, 'orphan'));
    expect(row).toEqual({ status: 'ready', attempts: 2 });
  });

  it('never embeds an identical file twice, nor a posting posted again', async () => {
    await storeResume('first-copy', RESUMES[2]!, 'same-bytes');
    await drainQueue();
    const calls = vi.mocked(embedTexts).mock.calls.length;
    await storeResume('second-copy', RESUMES[2]!, 'same-bytes');
    expect((await drainQueue()).done).toEqual(['second-copy']);
    await createJob({
      title: 'ICU Nurse',
      description: 'Requirements\n- Registered nurse license\n- Critical care experience',
    });
    expect(vi.mocked(embedTexts).mock.calls.length).toBe(calls);

    const vectorsOf = async (id: string) =>
      (
        await (
          await db()
        )
          .select({ v: chunks.embedding })
          .from(chunks)
          .where(eq(chunks.resumeId, id))
          .orderBy(chunks.ord)
      ).map((r) => r.v);
    expect(await vectorsOf('second-copy')).toEqual(await vectorsOf('first-copy'));
  });

  it('past EXACT_SCORING_LIMIT, scores a posting against the nearest resumes the HNSW index finds', async () => {
    process.env.EXACT_SCORING_LIMIT = '2';
    try {
      const { id } = await createJob({
        title: 'Frontend Developer',
        description: 'Requirements\n- React and TypeScript\n- Accessible design systems',
      });
      const scored = await (
        await db()
      )
        .select({ resumeId: matches.resumeId })
        .from(matches)
        .where(eq(matches.jobId, id));
      const ready = await (
        await db()
      )
        .select({ n: count() })
        .from(resumes)
        .where(eq(resumes.status, 'ready'));
      // Three passages (title and two requirements), one nearest resume each: fewer than all, and a frontend resume
      // (three copies of it are stored) among them.
      expect(scored.length).toBeLessThanOrEqual(3);
      expect(scored.length).toBeLessThan(ready[0]!.n);
      expect(scored.some((s) => ['race-2', 'first-copy', 'second-copy'].includes(s.resumeId))).toBe(true);
    } finally {
      process.env.EXACT_SCORING_LIMIT = '1000';
    }
  });

  it('past EXACT_SCORING_LIMIT, private resumes take no place of the shared ones recruiters rank', async () => {
    // Two private resumes that all but copy the posting are the nearest to each of its passages: they would fill a
    // one-per-passage budget, and the ranking would hold no frontend resume a recruiter may see.
    const mirror = 'Frontend Developer\nReact and TypeScript\nAccessible design systems';
    const privateIds = ['mirror-a', 'mirror-b'];
    for (const [i, id] of privateIds.entries()) {
      const text = `${mirror}${i ? '\nDesign systems' : ''}`;
      await insertResume({ ...resumeRow(id, text, id), visibility: 'private' });
    }
    await drainQueue();
    process.env.EXACT_SCORING_LIMIT = '2';
    try {
      const { id } = await createJob({
        title: 'Frontend Developer',
        description: 'Requirements\n- React and TypeScript\n- Accessible design systems',
      });
      const scored = (
        await (await db()).select({ resumeId: matches.resumeId }).from(matches).where(eq(matches.jobId, id))
      ).map((s) => s.resumeId);
      // A shared frontend resume is ranked; the private ones are scored too, for their candidates, and never counted.
      expect(scored.some((s) => ['race-2', 'first-copy', 'second-copy'].includes(s))).toBe(true);
      expect(scored).toEqual(expect.arrayContaining(privateIds));
      expect(await countRanked(id)).toBe(scored.length - privateIds.length);
      expect(await countRanked(id)).toBeGreaterThan(0);
    } finally {
      process.env.EXACT_SCORING_LIMIT = '1000';
    }
  });
});
