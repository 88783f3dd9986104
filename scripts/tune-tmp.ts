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
const feats: F[][] = jobs.map((j) => {
  const jc = centroid(j.profile.requirements.map((q) => q.vector));
  return resumes.map((r) => {
    const m = scoreMatch(j.profile, r.profile);
    const rc = centroid(r.profile.chunks.map((c) => c.vector));
    const sims = r.profile.chunks.map((c) => dot(j.profile.titleVector, c.vector));
    const reqBest = j.profile.requirements.map((q) => Math.max(...r.profile.chunks.map((c) => dot(q.vector, c.vector))));
    return {
      req: m.breakdown.requirements,
      skills: m.breakdown.skills,
      title: m.breakdown.title,
      exact: m.exact / 100,
      cent: dot(jc, rc),
      head: sims[0] ?? 0,
      bestT: Math.max(...sims),
      reqMean: mean(reqBest),
      top3T: mean([...sims].sort((a, b) => b - a).slice(0, 3)),
    } as F;
  });
});
export function evalW(f: (x: F) => number) {
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
for (const k of Object.keys(feats[0]![0]!)) console.log(k, evalW((x) => x[k]!));
const combos: [string, (x: F) => number][] = [
  ['head+bestT', (x) => x.head! + x.bestT!],
  ['exact+cent', (x) => x.exact! + x.cent!],
  ['req+skills+title+cent', (x) => 0.35 * x.req! + 0.3 * x.skills! + 0.35 * x.title! + 0.5 * x.cent!],
  ['reqMean+top3T+cent', (x) => x.reqMean! + x.top3T! + x.cent!],
  ['exact+reqMean', (x) => x.exact! + x.reqMean!],
];
for (const [n, f] of combos) console.log(n, evalW(f));
