import path from 'node:path';
import { loadJobs, loadResumes } from '../cli/documents';
import { scoreMatch, dot, centroid } from '../lib/match';
import { loadResumesForJobSet } from './eval/datasets';
import { ndcgAtK, rankByScore, mean } from './eval/metrics';

process.env.DATA_DIR ??= path.join(process.cwd(), 'data', 'eval');
const set = loadResumesForJobSet('/work/shared/eval-dev', 'scripts/eval/posting-categories.json');
const jobs = await loadJobs(set.postings.map((p) => p.path));
const resumes = await loadResumes(set.resumes.map((r) => r.path));
type F = Record<string, number>;
const feats: F[][] = jobs.map((j) =>
  resumes.map((r) => {
    const m = scoreMatch(j.profile, r.profile);
    const jc = centroid(j.profile.requirements.map((q) => q.vector));
    const rc = centroid(r.profile.chunks.map((c) => c.vector));
    return { ...m.breakdown, experience: m.breakdown.experience ?? 1, exact: m.exact / 100, cent: dot(jc, rc) } as F;
  }),
);
function evalW(f: (x: F) => number) {
  const files = set.resumes.map((r) => r.file);
  const names = set.postings.map((p) => p.file);
  const m = feats.map((row) => row.map(f));
  const a = mean(set.postings.map((p, i) => ndcgAtK(rankByScore(files, m[i]!), new Set(set.resumes.filter((r) => p.categories.includes(r.category)).map((r) => r.file)), 10) ?? 0));
  const per: number[] = [];
  set.resumes.forEach((r, j) => {
    const rel = new Set(set.postings.filter((p) => p.categories.includes(r.category)).map((p) => p.file));
    if (!rel.size) return;
    per.push(ndcgAtK(rankByScore(names, m.map((row) => row[j]!)), rel, 5) ?? 0);
  });
  return [a.toFixed(3), mean(per).toFixed(3)].join(' ');
}
const combos: [string, (x: F) => number][] = [
  ['exact', (x) => x.exact!],
  ['req', (x) => x.requirements!],
  ['skills', (x) => x.skills!],
  ['title', (x) => x.title!],
  ['cent', (x) => x.cent!],
  ['exact+cent', (x) => x.exact! + x.cent!],
  ['exact+2cent', (x) => x.exact! + 2 * x.cent!],
];
for (const [n, f] of combos) console.log(n, evalW(f));
(globalThis as any).feats = feats;
