// 3. Ranking latency over many stored resumes and jobs, measured on the queries the job page, the job matches API
// and the resume page run. Rows are synthesised in bulk through test-support/synthetic.ts (ready resumes with plausible skills,
// real-sized match results, random unit vectors), because embedding 100,000 resumes would take days on this machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDb, getDb } from '../../db/client';
import { purgeDeleted } from '../../db/purge';
import { getJob } from '../../db/jobs';
import { countMatchesForResume, matchesForJob, matchesForResume } from '../../db/matches';
import { statusCounts } from '../../db/pipeline';
import { rankedCandidates, skillCoverage } from '../../db/ranking';
import { countProcessingResumes, deleteResume } from '../../db/resumes';
import { DEFAULT_FILTERS } from '../../lib/workspace/filters';
import { jobSkillsByLevel } from '../../lib/workspace/job-skills';
import {
  analyze,
  insertSyntheticChunks,
  insertSyntheticJobMatches,
  insertSyntheticJobs,
  insertSyntheticResumeMatches,
  insertSyntheticResumes,
  randomUnitVector,
} from '../../test-support/synthetic';
import { DEMO_JOBS } from '../../services/demo-jobs';
import { prepareJob, prepareResume, scoreMatch, toJobProfile, toResumeProfile } from '../../lib/match';
import type { MatchResult } from '../../lib/match/types';
import type { ExtractedSkill } from '../../lib/skills';
import { createJob } from '../../services/jobs';
import { queueIdle } from '../../services/resumes';
import { baseResumeTexts, jobVariants } from './corpus';
import { median, ms, p95, sample, timed, type Row } from './stats';

const PREFIX = 'syn-';
/** Passages per synthetic resume where vectors are needed (posting a job scores every resume's passages). */
const CHUNKS_PER_RESUME = 8;
/** Largest pool over which posting a job is timed: loading the passages of more takes longer than the whole bench. */
const MAX_SCORED = 10_000;

/** Real-sized match results: the fixture resumes scored against demo postings, with random vectors. */
function sampleResults(resumeTexts: string[]): { results: MatchResult[]; skillSets: ExtractedSkill[][] } {
  const results: MatchResult[] = [];
  const skillSets: ExtractedSkill[][] = [];
  const resumes = resumeTexts.map((t) => prepareResume(t));
  for (const r of resumes) skillSets.push(r.skills);
  for (const job of DEMO_JOBS.slice(0, 3)) {
    const prepared = prepareJob(job.title, job.description);
    const jobProfile = toJobProfile(
      prepared,
      [prepared.title, ...prepared.requirements].map(() => randomUnitVector()),
    );
    for (const r of resumes)
      results.push(
        scoreMatch(
          jobProfile,
          toResumeProfile(
            r,
            r.chunks.map(() => randomUnitVector()),
          ),
        ),
      );
  }
  return { results, skillSets };
}

/** A longer word of the text, for a search every resume answers. */
function commonWord(text: string): string {
  return (text.match(/\b[A-Za-z]{7,}\b/g) ?? ['experience'])[0]!.toLowerCase();
}

/** What the recruiter's job page reads, the way app/(recruiter)/recruiter/jobs/[id]/page.tsx reads it. */
function jobPageQueries(jobId: string, recruiterId: string, requiredSkills: string[]) {
  return Promise.all([
    rankedCandidates(jobId, recruiterId, DEFAULT_FILTERS),
    statusCounts(jobId, recruiterId),
    skillCoverage(jobId, requiredSkills),
    countProcessingResumes(),
  ]);
}

export async function benchRanking(opts: {
  runs: number;
  sizes: number[];
  jobs: number;
  log: (m: string) => void;
}): Promise<Row[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-bench-rank-'));
  const previous = process.env.DATA_DIR;
  process.env.DATA_DIR = dataDir;
  const rows: Row[] = [];
  try {
    await getDb();
    const texts = await baseResumeTexts();
    const { results, skillSets } = sampleResults(texts);
    const resultBytes = median(results.map((r) => JSON.stringify(r).length));
    const chunkTexts = texts.flatMap((t) => prepareResume(t).chunks);
    const { id: jobId } = await createJob(jobVariants(1)[0]!);
    const job = await getJob(jobId, 'candidate');
    const skills = jobSkillsByLevel(job!.skills);
    const jobSkills = skills.required;
    const scope = { recruiterId: 'bench' };

    let stored = 0;
    for (const size of [...opts.sizes].sort((a, b) => a - b)) {
      opts.log(`  ${size} resumes: loading`);
      const loadMs = await timed(async () => {
        for (let from = stored; from < size; from += 10_000) {
          const to = Math.min(size, from + 10_000);
          await insertSyntheticResumes({ prefix: PREFIX, from, to, skillSets, text: texts[2]! });
          await insertSyntheticJobMatches(jobId, { prefix: PREFIX, from, to }, results);
          if (to <= MAX_SCORED)
            await insertSyntheticChunks({ prefix: PREFIX, from, to }, CHUNKS_PER_RESUME, chunkTexts);
        }
        await analyze();
      });
      stored = size;
      opts.log(`  ${size} resumes: loaded in ${(loadMs / 1000).toFixed(0)} s, measuring`);
      const api = await sample(opts.runs, () => matchesForJob(jobId, { scope, limit: 100 }), 2);
      const page = await sample(opts.runs, () => jobPageQueries(jobId, scope.recruiterId, jobSkills), 1);
      const p50 = median(api);
      rows.push({
        section: '3',
        measure: `one job over ${size.toLocaleString('en')} resumes: matches API (top 100), p50`,
        value: ms(p50),
        ...(size >= 100_000 ? { target: '< 100 ms', met: p50 < 100 } : {}),
        note: `p95 ${ms(p95(api))}; top 500: p50 ${ms(median(await sample(opts.runs, () => matchesForJob(jobId, { scope }), 1)))}`,
      });
      rows.push({
        section: '3',
        measure: `one job over ${size.toLocaleString('en')} resumes: job page queries (25 a page), p50`,
        value: ms(median(page)),
        note: `p95 ${ms(p95(page))} (${page.length} runs); ranked page, status counts, skill coverage of ${jobSkills.length} skills, processing count`,
      });
      // Free-text search on the job page (the ranked page and its count): a name, which few candidates have, and a
      // word every synthetic resume's text holds, the worst case.
      const common = commonWord(texts[2]!);
      const search = async (q: string) =>
        sample(opts.runs, () => rankedCandidates(jobId, scope.recruiterId, { ...DEFAULT_FILTERS, q }), 1);
      const byName = await search(`candidate ${size - 7}`);
      const everyone = await search(common);
      rows.push({
        section: '3',
        measure: `one job over ${size.toLocaleString('en')} resumes: search by a name, p50`,
        value: ms(median(byName)),
        note: `p95 ${ms(p95(byName))}; a word in every resume ("${common}"): p50 ${ms(median(everyone))}, p95 ${ms(p95(everyone))}`,
      });
      // Deleting a resume for good: the delete answers at once; the purge that wipes its bytes from the table files
      // and the log rewrites the tables holding resume text, so its cost follows the whole store.
      const deleteMs = await timed(() => deleteResume(`${PREFIX}${size - 1}`));
      const purgeMs = await timed(() => purgeDeleted());
      rows.push({
        section: '3',
        measure: `delete a resume for good among ${size.toLocaleString('en')}: purge from disk`,
        value: ms(purgeMs),
        note: `the delete itself ${ms(deleteMs)}; the purge runs in the background, batched, locking each table while it rewrites it; one run`,
      });
      if (size <= MAX_SCORED) {
        // Posting a job has the queue score it against every ready resume: the request waits a little for that,
        // then answers, and the ranking completes in the background. Time both, for a fresh posting, once per size.
        const started = performance.now();
        const { ranked } = await createJob(jobVariants(2)[1]!);
        const answerMs = performance.now() - started;
        await queueIdle();
        const allMs = performance.now() - started;
        rows.push({
          section: '3',
          measure: `post a job over ${size.toLocaleString('en')} resumes: all ranked after`,
          value: ms(allMs),
          note: `request answered in ${ms(answerMs)}${ranked === null ? ', the rest ranked in the background' : ', ranking done'}; ${CHUNKS_PER_RESUME} passages per resume; one run`,
        });
      }
    }

    opts.log(`  ${opts.jobs} jobs for one resume: loading`);
    const demo = prepareJob(DEMO_JOBS[0]!.title, DEMO_JOBS[0]!.description);
    await insertSyntheticJobs({
      prefix: 'syn-job-',
      count: opts.jobs,
      title: DEMO_JOBS[0]!.title,
      description: DEMO_JOBS[0]!.description,
      skills: demo.skills,
      requirements: demo.requirements,
    });
    await insertSyntheticResumeMatches(`${PREFIX}0`, { prefix: 'syn-job-', count: opts.jobs }, results);
    await analyze();
    const resumePage = await sample(
      opts.runs,
      () =>
        Promise.all([
          matchesForResume(`${PREFIX}0`, 'candidate', { limit: 20 }),
          countMatchesForResume(`${PREFIX}0`, 'candidate'),
        ]),
      2,
    );
    rows.push({
      section: '3',
      measure: `one resume over ${opts.jobs.toLocaleString('en')} jobs: resume page queries (best 20 and the count), p50`,
      value: ms(median(resumePage)),
      note: `p95 ${ms(p95(resumePage))}; ~${Math.round(resultBytes / 1024)} KB of result per job`,
    });
    return rows;
  } finally {
    await closeDb();
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
