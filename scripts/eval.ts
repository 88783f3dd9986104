/**
 * `npm run eval [-- --verbose]`: measures match quality through the library functions the CLI uses, next to a
 * BM25 and a whole-document cosine baseline, on ../shared/eval-dev (when present) and on the fixtures in eval/.
 * Prints a table and writes the same numbers to data/eval/last-run.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeEmbedder } from '../lib/embeddings/model';
import { loadGapPairs, loadJobsForResumeSet, loadResumesForJobSet, loadSkillSpan } from './eval/datasets';
import { evaluateGaps, type GapsResult } from './eval/gaps';
import { evaluateJobsForResume, type JobsForResumeResult } from './eval/jobs-for-resume';
import { formatTable, writeJson, type Row } from './eval/report';
import { evaluateResumesForJob, type ResumesForJobResult } from './eval/resumes-for-job';
import { evaluateSkillExtraction, type SkillExtractionResult } from './eval/skills-in-postings';
import { formatDetails } from './eval/details';
import { evaluateEvidence, evidenceRows, formatEvidenceDetails } from './eval/evidence';
import { evaluateSkillLists, formatSkillListDetails, skillListRows } from './eval/skill-lists';
import { contactRows, evaluateContacts, formatContacts } from './eval/contacts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Keeps the eval's vector cache apart from the app's; read lazily by loadConfig, so setting it here is in time.
process.env.DATA_DIR ??= path.join(repoRoot, 'data', 'eval');

const FIXTURES = path.join(repoRoot, 'eval', 'fixtures');
const POSTING_CATEGORIES = path.join(repoRoot, 'scripts', 'eval', 'posting-categories.json');
const LAST_RUN = path.join(repoRoot, 'data', 'eval', 'last-run.json');

const stageSeconds: Record<string, number> = {};

async function stage<T>(name: string, run: () => Promise<T>): Promise<T> {
  process.stderr.write(`eval: ${name}…\n`);
  const start = performance.now();
  const result = await run();
  stageSeconds[name] = round((performance.now() - start) / 1000, 1);
  return result;
}

function round(x: number, digits: number): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}

function buildRows(r: {
  resumesForJob: ResumesForJobResult | null;
  jobsForResume: JobsForResumeResult;
  skills: SkillExtractionResult | null;
  gaps: GapsResult;
}): Row[] {
  const rows: Row[] = [];
  if (r.resumesForJob) {
    const { mean, postings, resumeCount } = r.resumesForJob;
    rows.push({
      metric: 'Resumes for a job: nDCG@10',
      data: `eval-dev, ${postings.length} postings × ${resumeCount} resumes`,
      rolefit: mean.rolefit,
      keyword: mean.bm25,
      cosine: mean.cosine,
      target: { op: '>=', value: 0.72 },
      digits: 2,
    });
    const j = r.resumesForJob.jobsForResume;
    rows.push(
      {
        metric: 'Postings for a resume: nDCG@5',
        data: `eval-dev, ${j.resumes} resumes × ${postings.length} postings`,
        rolefit: j.mean.rolefit,
        keyword: j.mean.bm25,
        cosine: j.mean.cosine,
        target: { op: '>=', value: 0.75 },
        digits: 2,
      },
      {
        metric: 'Postings for a resume: best is own profession',
        data: `eval-dev, ${j.resumes} resumes`,
        rolefit: j.topIsOwnProfession,
        keyword: null,
        cosine: null,
        target: null,
        digits: 2,
      },
    );
  }
  const { mean, resumes, vacancyCount } = r.jobsForResume;
  rows.push({
    metric: 'Jobs for a resume: Spearman ρ',
    data: `fixtures, ${resumes.length} resumes × ${vacancyCount} vacancies`,
    rolefit: mean.rolefit,
    keyword: mean.bm25,
    cosine: mean.cosine,
    target: { op: '>=', value: 0.4 },
    digits: 2,
  });
  if (r.skills) {
    const s = r.skills;
    const data = `eval-dev SkillSpan, ${s.postings} postings`;
    rows.push(
      {
        metric: 'Skills in postings: recall, all knowledge spans',
        data: `${data}, ${s.spans} spans`,
        rolefit: s.rolefit.recall,
        keyword: s.capitalisedWords.recall,
        cosine: null,
        target: { op: '>=', value: 0.7 },
        digits: 2,
      },
      {
        metric: 'Skills in postings: recall, tool-like spans',
        data: `${data}, ${s.toolSpans} spans`,
        rolefit: s.rolefit.toolRecall,
        keyword: s.capitalisedWords.toolRecall,
        cosine: null,
        target: { op: '>=', value: 0.8 },
        digits: 2,
      },
      {
        metric: 'Skills in postings: precision (output matching an annotation)',
        data,
        rolefit: s.rolefit.precision,
        keyword: null,
        cosine: null,
        target: { op: '>=', value: 0.75 },
        digits: 2,
      },
      {
        metric: 'Skills in postings: skills per posting',
        data,
        rolefit: s.rolefit.skillsPerPosting,
        keyword: s.capitalisedWords.skillsPerPosting,
        cosine: null,
        target: { op: '<=', value: 30 },
        digits: 1,
      },
    );
  }
  const g = r.gaps;
  rows.push(
    {
      metric: 'Gaps: truly missing required skills named',
      data: `fixtures, ${g.pairs.length} pairs, ${g.trulyMissing} missing`,
      rolefit: g.recall,
      keyword: null,
      cosine: null,
      target: { op: '>=', value: 0.85 },
      digits: 2,
    },
    {
      metric: 'Gaps: false gaps (count)',
      data: `fixtures, ${g.pairs.length} pairs`,
      rolefit: g.falseGaps,
      keyword: null,
      cosine: null,
      target: { op: '<=', value: 0 },
      digits: 0,
    },
  );
  return rows;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const started = performance.now();
  const evalDevDir = path.resolve(
    process.env.EVAL_DEV_DIR ?? path.join(repoRoot, '..', 'shared', 'eval-dev'),
  );
  const haveEvalDev = fs.existsSync(evalDevDir);
  const notes: string[] = [];
  if (!haveEvalDev) notes.push(`eval-dev not found at ${evalDevDir}: skipping the eval-dev rows.`);

  const jobsForResume = await stage('jobs for a resume (fixtures)', () =>
    evaluateJobsForResume(loadJobsForResumeSet(path.join(FIXTURES, 'jobs-for-resume'))),
  );
  const gaps = await stage('gaps (fixtures)', () => evaluateGaps(loadGapPairs(path.join(FIXTURES, 'gaps'))));
  const resumesForJob = haveEvalDev
    ? await stage('resumes for a job (eval-dev)', () =>
        evaluateResumesForJob(loadResumesForJobSet(evalDevDir, POSTING_CATEGORIES)),
      )
    : null;
  const skills = haveEvalDev
    ? await stage('skills in postings (eval-dev)', () => evaluateSkillExtraction(loadSkillSpan(evalDevDir)))
    : null;
  // Labelled sets mixing repo fixtures and eval-dev files; without eval-dev they score the repo items only.
  const evidence = await stage('evidence (labelled pairs)', () =>
    evaluateEvidence(haveEvalDev ? evalDevDir : null, repoRoot),
  );
  const skillLists = await stage('skill lists (labelled)', () =>
    evaluateSkillLists(haveEvalDev ? evalDevDir : null, repoRoot),
  );
  const contacts = await stage('names and contacts (labelled)', () =>
    evaluateContacts(haveEvalDev ? evalDevDir : null, repoRoot),
  );
  for (const s of resumesForJob?.skipped ?? [])
    notes.push(`Posting left out of nDCG: ${s.file}: ${s.reason}.`);
  if (skills?.refusedByIngest.length) {
    const lines = skills.refusedByIngest.map((r) => r.index + 1).join(', ');
    notes.push(
      `ingestDocument refused SkillSpan postings on lines ${lines} (many \\x1a control bytes); used their raw text.`,
    );
  }

  const results = { resumesForJob, jobsForResume, skills, gaps, evidence, skillLists, contacts };
  const rows = [
    ...buildRows(results),
    ...evidenceRows(evidence),
    ...skillListRows(skillLists),
    ...contactRows(contacts),
  ];
  const seconds = round((performance.now() - started) / 1000, 1);

  const out = process.stdout;
  for (const note of notes) out.write(`${note}\n`);
  if (notes.length) out.write('\n');
  out.write(`${formatTable(rows)}\n`);
  if (verbose) out.write(`\n${formatDetails(results)}\n`);
  if (verbose) out.write(`\n${formatEvidenceDetails(evidence)}\n\n${formatSkillListDetails(skillLists)}\n`);
  if (verbose) out.write(`\nNames and contacts\n${formatContacts(contacts, true)}\n`);
  out.write(
    `\nTook ${seconds} s (${Object.entries(stageSeconds)
      .map(([k, v]) => `${k} ${v} s`)
      .join(', ')}).\n`,
  );

  writeJson(LAST_RUN, {
    ranAt: new Date().toISOString(),
    seconds: { total: seconds, ...stageSeconds },
    evalDevDir: haveEvalDev ? evalDevDir : null,
    notes,
    rows,
    details: results,
  });
  out.write(`Wrote ${path.relative(process.cwd(), LAST_RUN) || LAST_RUN}\n`);
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  })
  // The embedding workers would keep the process alive once the report is written: close them, then leave once the
  // output is flushed, as the CLI does.
  .finally(async () => {
    await closeEmbedder().catch(() => undefined);
    process.stdout.write('', () => process.exit());
  });
