/** Reads the evaluation data: the shared eval-dev folder (optional) and the labelled fixtures in the repo. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const CATEGORIES = [
  'ACCOUNTANT',
  'ADVOCATE',
  'AGRICULTURE',
  'APPAREL',
  'ARTS',
  'AUTOMOBILE',
  'AVIATION',
  'BANKING',
  'BPO',
  'BUSINESS-DEVELOPMENT',
  'CHEF',
  'CONSTRUCTION',
  'CONSULTANT',
  'DESIGNER',
  'DIGITAL-MEDIA',
  'ENGINEERING',
  'FINANCE',
  'FITNESS',
  'HEALTHCARE',
  'HR',
  'INFORMATION-TECHNOLOGY',
  'PUBLIC-RELATIONS',
  'SALES',
  'TEACHER',
] as const;

const Category = z.enum(CATEGORIES);

const PostingCategoriesSchema = z.object({
  postings: z.record(
    z.string(),
    z.object({ categories: z.array(Category).min(1), why: z.string().optional() }),
  ),
  skipped: z.record(z.string(), z.string()).default({}),
});

const SkillSpanRowSchema = z.object({
  text: z.string(),
  knowledge: z.array(z.string()),
  skills: z.array(z.string()).default([]),
});

const JobsForResumeLabelsSchema = z.object({
  rankings: z.record(z.string(), z.object({ order: z.array(z.string()).min(2), why: z.string().optional() })),
});

const GapLabelsSchema = z.object({
  pairs: z.record(
    z.string(),
    z.object({
      missingRequired: z.array(z.string()),
      resumeHas: z.array(z.string()),
      why: z.string().optional(),
    }),
  ),
});

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

function listFiles(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort();
}

// ---- eval-dev ----

export interface LabelledPosting {
  file: string;
  path: string;
  categories: string[];
}

export interface ResumesForJobSet {
  postings: LabelledPosting[];
  skipped: { file: string; reason: string }[];
  resumes: { file: string; path: string; category: string }[];
}

/** Postings with their hand-labelled relevant categories, and the resume PDFs with their LiveCareer category. */
export function loadResumesForJobSet(evalDevDir: string, categoriesFile: string): ResumesForJobSet {
  const labels = readJson(categoriesFile, PostingCategoriesSchema);
  const postingDir = path.join(evalDevDir, 'postings');
  const postings: LabelledPosting[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const file of listFiles(postingDir, '.txt')) {
    const label = labels.postings[file];
    const reason = labels.skipped[file];
    if (label) postings.push({ file, path: path.join(postingDir, file), categories: label.categories });
    else skipped.push({ file, reason: reason ?? `not labelled in ${path.basename(categoriesFile)}` });
  }

  const resumeDir = path.join(evalDevDir, 'resumes');
  const categoryOf = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(resumeDir, 'labels.csv'), 'utf8').split(/\r?\n/).slice(1)) {
    const [file, category] = line.split(',').map((s) => s.trim());
    if (file && category) categoryOf.set(file, Category.parse(category));
  }
  const resumes = listFiles(resumeDir, '.pdf').map((file) => {
    const category = categoryOf.get(file);
    if (!category) throw new Error(`${file} has no category in ${path.join(resumeDir, 'labels.csv')}`);
    return { file, path: path.join(resumeDir, file), category };
  });
  return { postings, skipped, resumes };
}

export interface AnnotatedPosting {
  text: string;
  knowledge: string[];
  /** SkillSpan's soft and hard skill spans ("team player", "write unit tests"). */
  skills: string[];
}

export function loadSkillSpan(evalDevDir: string): AnnotatedPosting[] {
  const file = path.join(evalDevDir, 'skillspan-train-dev.jsonl');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = SkillSpanRowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

// ---- fixtures ----

export interface JobsForResumeSet {
  resumes: { file: string; path: string; order: string[] }[];
  vacancies: { file: string; path: string }[];
}

/** Resumes, vacancies, and for each resume a recruiter's best-first order of every vacancy. */
export function loadJobsForResumeSet(dir: string): JobsForResumeSet {
  const labels = readJson(path.join(dir, 'labels.json'), JobsForResumeLabelsSchema);
  const vacancies = listFiles(path.join(dir, 'vacancies'), '.txt').map((file) => ({
    file,
    path: path.join(dir, 'vacancies', file),
  }));
  const names = vacancies.map((v) => v.file);
  const resumes = listFiles(path.join(dir, 'resumes'), '.txt').map((file) => {
    const order = labels.rankings[file]?.order;
    if (!order) throw new Error(`${dir}/labels.json has no ranking for resumes/${file}`);
    if (order.length !== names.length || !names.every((n) => order.includes(n))) {
      throw new Error(
        `${dir}/labels.json: the ranking for ${file} must order each of ${names.join(', ')} once`,
      );
    }
    return { file, path: path.join(dir, 'resumes', file), order };
  });
  return { resumes, vacancies };
}

export interface GapPair {
  id: string;
  resumePath: string;
  postingPath: string;
  missingRequired: string[];
  resumeHas: string[];
}

/** Each pair is a folder holding resume.txt and posting.txt; labels.json holds the reader's judgement. */
export function loadGapPairs(dir: string): GapPair[] {
  const labels = readJson(path.join(dir, 'labels.json'), GapLabelsSchema);
  return Object.entries(labels.pairs).map(([id, label]) => {
    const resumePath = path.join(dir, id, 'resume.txt');
    const postingPath = path.join(dir, id, 'posting.txt');
    for (const p of [resumePath, postingPath])
      if (!fs.existsSync(p)) throw new Error(`gap pair "${id}": ${p} is missing`);
    return {
      id,
      resumePath,
      postingPath,
      missingRequired: label.missingRequired,
      resumeHas: label.resumeHas,
    };
  });
}
