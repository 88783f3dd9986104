import path from 'node:path';
process.env.DATA_DIR ??= path.resolve('data/eval');
import { loadJobs, loadResumes } from '../cli/documents';
import { scoreMatch, dot, centroid } from '../lib/match';
import { loadResumesForJobSet } from './eval/datasets';
import { mean, ndcgAtK, rankByScore } from './eval/metrics';

const set = loadResumesForJobSet(path.resolve('../shared/eval-dev'), path.resolve('scripts/eval/posting-categories.json'));
if (!set) throw new Error('no eval-dev');
const jobs = await loadJobs(set.postings.map((p) => p.path));
const resumes = await loadResumes(set.resumes.map((r) => r.path));
const files = set.resumes.map((r) => r.file);

type Feat = Record<string, number>;
const feats: Feat[][] = jobs.map((j) => {
  const jc = centroid(j.profile.requirements.map((r) => r.vector));
  return resumes.map((r) => {
    const m = scoreMatch(j.profile, r.profile);
    const rc = centroid(r.profile.chunks.map((c) => c.vector));
    const head = r.profile.chunks[0]?.vector ?? rc;
    // mean over requirements of max sim
    const sims = j.profile.requirements.map((q) => Math.max(...r.profile.chunks.map((c) => dot(q.vector, c.vector))));
    const top = [...sims].sort((a, b) => b - a);
    return {
      total: m.exact,
      req: m.breakdown.requirements,
      skills: m.breakdown.skills,
      title: m.breakdown.title,
      centroid: dot(jc, rc),
      titleHead: dot(j.profile.titleVector, head),
      titleCentroid: dot(j.profile.titleVector, rc),
      meanMax: sims.reduce((a, b) => a + b, 0) / Math.max(1, sims.length),
      titleTop2: Math.max(...r.profile.chunks.slice(0, 2).map((c) => dot(j.profile.titleVector, c.vector))),
      titleTop3: Math.max(...r.profile.chunks.slice(0, 3).map((c) => dot(j.profile.titleVector, c.vector))),
      jcHead: dot(jc, head),
      jcHead2: dot(jc, centroid(r.profile.chunks.slice(0, 2).map((c) => c.vector))),
      titleDecay: Math.max(...r.profile.chunks.map((c, k) => dot(j.profile.titleVector, c.vector) - 0.02 * k)),
      thMix: Math.max(dot(j.profile.titleVector, head), ...r.profile.chunks.map((c) => dot(j.profile.titleVector, c.vector) - 0.1)),
      thMix2: Math.max(dot(j.profile.titleVector, head), ...r.profile.chunks.map((c) => dot(j.profile.titleVector, c.vector) - 0.05)),
      thAvg: 0.6 * dot(j.profile.titleVector, head) + 0.4 * Math.max(...r.profile.chunks.map((c) => dot(j.profile.titleVector, c.vector))),
      top5: top.slice(0, 5).reduce((a, b) => a + b, 0) / Math.min(5, Math.max(1, top.length)),
    };
  });
});
function evalFn(f: (x: Feat, ji: number) => number): number {
  return mean(
    set!.postings.map((p, i) => {
      const rel = new Set(set!.resumes.filter((r) => p.categories.includes(r.category)).map((r) => r.file));
      return ndcgAtK(rankByScore(files, feats[i]!.map((x) => f(x, i))), rel, 10) ?? 0;
    }),
  );
}
for (const k of Object.keys(feats[0]![0]!)) console.log(k.padEnd(14), evalFn((x) => x[k]!).toFixed(3));
// z-normalise per job then combine
const z = (k: string) => {
  const stats = feats.map((row) => {
    const v = row.map((x) => x[k]!);
    const mu = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mu) ** 2, 0) / v.length) || 1;
    return { mu, sd };
  });
  return (x: Feat, i: number) => (x[k]! - stats[i]!.mu) / stats[i]!.sd;
};
const Z = Object.fromEntries(Object.keys(feats[0]![0]!).map((k) => [k, z(k)]));
const combos: [string, Record<string, number>][] = [
  ['th+jcHead', { titleHead: 1, jcHead: 1 }],
  ['th+jcHead+sk', { titleHead: 1, jcHead: 1, skills: 0.5 }],
  ['th+jcHead+sk+req', { titleHead: 1, jcHead: 1, skills: 0.5, req: 0.5 }],
  ['tt2+jcHead2+sk', { titleTop2: 1, jcHead2: 1, skills: 0.5 }],
  ['td+jch+sk', { titleDecay: 1, jcHead: 1, skills: 0.5 }],
  ['th+sk', { titleHead: 1, skills: 0.3 }],
  ['th+tc', { titleHead: 1, titleCentroid: 0.5 }],
  ['centroid+title', { centroid: 1, titleCentroid: 1 }],
  ['centroid+skills', { centroid: 1, skills: 1 }],
  ['centroid+meanMax', { centroid: 1, meanMax: 1 }],
  ['cen+mm+sk+tc', { centroid: 1, meanMax: 1, skills: 0.5, titleCentroid: 0.5 }],
  ['cen+sk+tc', { centroid: 1, skills: 0.5, titleCentroid: 0.5 }],
  ['cen+sk+th', { centroid: 1, skills: 0.5, titleHead: 0.5 }],
];
for (const [name, w] of combos) console.log(name.padEnd(16), evalFn((x, i) => Object.entries(w).reduce((a, [k, v]) => a + v * Z[k]!(x, i), 0)).toFixed(3));
const ramp = (x: number, lo: number, hi: number) => Math.min(1, Math.max(0, (x - lo) / (hi - lo)));
const results: [number, string][] = [];
for (const wt of [0.3, 0.4, 0.5, 0.6])
  for (const ws of [0.1, 0.2, 0.3])
    for (const wr of [0, 0.1, 0.2, 0.3])
      for (const [lo, hi] of [[0.1, 0.6], [0.15, 0.55], [0.2, 0.7]] as const) {
        const v = evalFn((x) => wt * ramp(x[process.env.TF ?? 'titleHead']!, lo, hi) + ws * x.skills! + wr * x.req!);
        results.push([v, `wt=${wt} ws=${ws} wr=${wr} ramp=${lo}-${hi}`]);
      }
results.sort((a, b) => b[0] - a[0]);
for (const [v, n] of results.slice(0, 12)) console.log(v.toFixed(3), n);
// calibration: score distribution for relevant vs irrelevant pairs
const rel: number[] = [], irr: number[] = [];
set.postings.forEach((p, i) => resumes.forEach((r, k) => (p.categories.includes(set.resumes[k]!.category) ? rel : irr).push(feats[i]![k]!.total!)));
const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))]!;
for (const [n, a] of [['relevant', rel], ['irrelevant', irr]] as const) console.log(n, a.length, [0.1, 0.25, 0.5, 0.75, 0.9].map((p) => q(a, p).toFixed(1)).join(' '));
