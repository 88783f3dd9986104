/** Metric 1: rank every eval-dev resume for each posting; nDCG@10 against same-profession relevance. */
import path from 'node:path';
import { loadJobs, loadResumes, readDocument } from '../../cli/documents';
import { scoreMatch } from '../../lib/match';
import { Bm25Index } from './bm25';
import type { ResumesForJobSet } from './datasets';
import { mean, ndcgAtK, rankByScore } from './metrics';
import { cosineScores, embedWholeDocuments } from './whole-document';

export interface SystemScores {
  rolefit: number;
  bm25: number;
  cosine: number;
}

export interface PostingNdcg extends SystemScores {
  posting: string;
  categories: string[];
  relevant: number;
  /** Categories of Rolefit's top three resumes, to see at a glance what it confused the posting with. */
  rolefitTop3: string[];
}

export interface ResumesForJobResult {
  mean: SystemScores;
  postings: PostingNdcg[];
  /**
   * The other direction, from the same score matrix: each resume ranks every posting by its 0-100 score, so this
   * holds only when a score means the same fit on every posting. nDCG@5 over resumes whose category some posting has.
   */
  jobsForResume: { mean: SystemScores; resumes: number; topIsOwnProfession: number };
  skipped: { file: string; reason: string }[];
  resumeCount: number;
}

export async function evaluateResumesForJob(set: ResumesForJobSet): Promise<ResumesForJobResult> {
  const postingPaths = set.postings.map((p) => p.path);
  const resumePaths = set.resumes.map((r) => r.path);
  const [jobs, resumes] = await Promise.all([loadJobs(postingPaths), loadResumes(resumePaths)]);
  const postingTexts = await Promise.all(postingPaths.map(readDocument));
  const resumeTexts = await Promise.all(resumePaths.map(readDocument));
  const postingVectors = await embedWholeDocuments(postingTexts);
  const resumeVectors = await embedWholeDocuments(resumeTexts);
  const bm25 = new Bm25Index(resumeTexts);

  const files = set.resumes.map((r) => r.file);
  const categoryOf = new Map(set.resumes.map((r) => [r.file, r.category]));
  const postings: PostingNdcg[] = [];
  const matrix = {
    rolefit: set.postings.map((_, i) => resumes.map((r) => scoreMatch(jobs[i]!.profile, r.profile).exact)),
    bm25: set.postings.map((_, i) => bm25.scores(postingTexts[i]!)),
    cosine: set.postings.map((_, i) => cosineScores(postingVectors[i]!, resumeVectors)),
  };
  set.postings.forEach((posting, i) => {
    const relevant = new Set(
      set.resumes.filter((r) => posting.categories.includes(r.category)).map((r) => r.file),
    );
    const rolefitRanking = rankByScore(files, matrix.rolefit[i]!);
    const ndcg = (ranking: string[]) => ndcgAtK(ranking, relevant, 10) ?? 0;
    postings.push({
      posting: path.basename(posting.path),
      categories: posting.categories,
      relevant: relevant.size,
      rolefit: ndcg(rolefitRanking),
      bm25: ndcg(rankByScore(files, matrix.bm25[i]!)),
      cosine: ndcg(rankByScore(files, matrix.cosine[i]!)),
      rolefitTop3: rolefitRanking.slice(0, 3).map((f) => categoryOf.get(f)!),
    });
  });
  return {
    mean: {
      rolefit: mean(postings.map((p) => p.rolefit)),
      bm25: mean(postings.map((p) => p.bm25)),
      cosine: mean(postings.map((p) => p.cosine)),
    },
    postings,
    jobsForResume: jobsForResume(set, matrix),
    skipped: set.skipped,
    resumeCount: files.length,
  };
}

/**
 * Postings for each resume, ordered by the resume's score on each. BM25 scores are not comparable across postings
 * (each posting is a different query), so that column shows what an uncalibrated score does.
 */
function jobsForResume(
  set: ResumesForJobSet,
  matrix: Record<keyof SystemScores, number[][]>,
): ResumesForJobResult['jobsForResume'] {
  const names = set.postings.map((p) => p.file);
  const per: SystemScores[] = [];
  let ownTop = 0;
  set.resumes.forEach((resume, j) => {
    const relevant = new Set(
      set.postings.filter((p) => p.categories.includes(resume.category)).map((p) => p.file),
    );
    if (relevant.size === 0) return;
    const column = (m: number[][]) => m.map((row) => row[j]!);
    const rolefit = rankByScore(names, column(matrix.rolefit));
    if (relevant.has(rolefit[0]!)) ownTop++;
    per.push({
      rolefit: ndcgAtK(rolefit, relevant, 5) ?? 0,
      bm25: ndcgAtK(rankByScore(names, column(matrix.bm25)), relevant, 5) ?? 0,
      cosine: ndcgAtK(rankByScore(names, column(matrix.cosine)), relevant, 5) ?? 0,
    });
  });
  return {
    mean: {
      rolefit: mean(per.map((p) => p.rolefit)),
      bm25: mean(per.map((p) => p.bm25)),
      cosine: mean(per.map((p) => p.cosine)),
    },
    resumes: per.length,
    topIsOwnProfession: per.length ? ownTop / per.length : 0,
  };
}
