/** Metric 2: rank the fixture vacancies for each fixture resume; Spearman's rho against a recruiter's order. */
import { loadJobs, loadResumes, readDocument } from '../../cli/documents';
import { scoreMatch } from '../../lib/match';
import { Bm25Index } from './bm25';
import type { JobsForResumeSet } from './datasets';
import { mean, orderScores, rankByScore, spearman } from './metrics';
import type { SystemScores } from './resumes-for-job';
import { cosineScores, embedWholeDocuments } from './whole-document';

export interface ResumeRho extends SystemScores {
  resume: string;
  label: string[];
  rolefitOrder: string[];
}

export interface JobsForResumeResult {
  mean: SystemScores;
  resumes: ResumeRho[];
  vacancyCount: number;
}

export async function evaluateJobsForResume(set: JobsForResumeSet): Promise<JobsForResumeResult> {
  const vacancyPaths = set.vacancies.map((v) => v.path);
  const resumePaths = set.resumes.map((r) => r.path);
  const [jobs, resumes] = await Promise.all([loadJobs(vacancyPaths), loadResumes(resumePaths)]);
  const vacancyTexts = await Promise.all(vacancyPaths.map(readDocument));
  const resumeTexts = await Promise.all(resumePaths.map(readDocument));
  const vacancyVectors = await embedWholeDocuments(vacancyTexts);
  const resumeVectors = await embedWholeDocuments(resumeTexts);
  const bm25 = new Bm25Index(vacancyTexts);

  const files = set.vacancies.map((v) => v.file);
  const results = set.resumes.map((resume, i): ResumeRho => {
    const gold = orderScores(resume.order, files);
    const rolefit = jobs.map((j) => scoreMatch(j.profile, resumes[i]!.profile).exact);
    return {
      resume: resume.file,
      label: resume.order,
      rolefitOrder: rankByScore(files, rolefit),
      rolefit: spearman(rolefit, gold),
      bm25: spearman(bm25.scores(resumeTexts[i]!), gold),
      cosine: spearman(cosineScores(resumeVectors[i]!, vacancyVectors), gold),
    };
  });
  return {
    mean: {
      rolefit: mean(results.map((r) => r.rolefit)),
      bm25: mean(results.map((r) => r.bm25)),
      cosine: mean(results.map((r) => r.cosine)),
    },
    resumes: results,
    vacancyCount: files.length,
  };
}
