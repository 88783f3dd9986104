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
  set.postings.forEach((posting, i) => {
    const relevant = new Set(
      set.resumes.filter((r) => posting.categories.includes(r.category)).map((r) => r.file),
    );
    const rolefitRanking = rankByScore(
      files,
      resumes.map((r) => scoreMatch(jobs[i]!.profile, r.profile).exact),
    );
    const ndcg = (ranking: string[]) => ndcgAtK(ranking, relevant, 10) ?? 0;
    postings.push({
      posting: path.basename(posting.path),
      categories: posting.categories,
      relevant: relevant.size,
      rolefit: ndcg(rolefitRanking),
      bm25: ndcg(rankByScore(files, bm25.scores(postingTexts[i]!))),
      cosine: ndcg(rankByScore(files, cosineScores(postingVectors[i]!, resumeVectors))),
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
    skipped: set.skipped,
    resumeCount: files.length,
  };
}
