import path from 'node:path';
import { loadJobs, loadResumes, readDocument } from '../cli/documents';
import { embedTexts } from '../lib/embeddings/model';
import { classifyTitle, classifyResume, resumeTitleHints, occupationAffinity } from '../lib/occupation';
import { scoreMatch, dot, centroid } from '../lib/match';
import { loadResumesForJobSet } from './eval/datasets';
import { ndcgAtK, rankByScore, mean } from './eval/metrics';

process.env.DATA_DIR ??= path.join(process.cwd(), 'data', 'eval');
const set = loadResumesForJobSet('/work/shared/eval-dev', 'scripts/eval/posting-categories.json');
const jobs = await loadJobs(set.postings.map((p) => p.path));
const resumes = await loadResumes(set.resumes.map((r) => r.path));
type F = Record<string, number>;
const rTexts = await Promise.all(set.resumes.map((r) => readDocument(r.path)));
const rOcc = rTexts.map((t) => classifyResume(resumeTitleHints(t)));
const jOcc = jobs.map((j) => classifyTitle(j.prepared.title));
const hints = rTexts.map((t) => resumeTitleHints(t));
const titleTexts = hints.map((h, i) => [h.headline, ...h.roleTitles.slice(0, 2)].filter(Boolean).join('; ') || rTexts[i]!.split('\n').slice(0, 2).join(' '));
const tVec = await embedTexts(titleTexts);
const headTexts = hints.map((h, i) => h.headline ?? h.roleTitles[0] ?? rTexts[i]!.split('\n')[0]!);
const hVec = await embedTexts(headTexts);
const roleVecs = await Promise.all(hints.map((h) => (h.roleTitles.length ? embedTexts(h.roleTitles.slice(0, 3)) : Promise.resolve([]))));
const jLab = await embedTexts(jOcc.map((o, i) => o?.label ?? jobs[i]!.prepared.title));
const rLab = await embedTexts(rOcc.map((o, i) => o?.label ?? headTexts[i]!));
set.postings.forEach((p, i) => console.log('J', p.categories.join('/'), '|', jobs[i]!.prepared.title, '->', jOcc[i]?.label, jOcc[i]?.isco));
set.resumes.forEach((r, i) => console.log('R', r.category, '|', resumeTitleHints(rTexts[i]!).headline, '->', rOcc[i]?.label, rOcc[i]?.isco));
const feats: F[][] = jobs.map((j, ji) => {
  const jc = centroid(j.profile.requirements.map((q) => q.vector));
  const jNorm = (() => { const m = new Float32Array(384); for (const q of j.profile.requirements) for (let i = 0; i < 384; i++) m[i]! += Number(q.vector[i]) / j.profile.requirements.length; return Math.sqrt(dot(m, m)); })();
  return resumes.map((r, ri) => {
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
      tt: dot(j.profile.titleVector, tVec[ri]!),
      ht: dot(j.profile.titleVector, hVec[ri]!),
      centRaw: (() => { const q = j.profile.requirements; let t = 0; for (const c of r.profile.chunks) for (const x of q) t += dot(x.vector, c.vector); return t / (q.length * r.profile.chunks.length) / jNorm; })(),
      htMax: Math.max(hints[ri]!.headline ? dot(j.profile.titleVector, hVec[ri]!) : 0, ...roleVecs[ri]!.map((v, k) => [1, 0.85, 0.7][k]! * dot(j.profile.titleVector, v))),
      lab: dot(jLab[ji]!, rLab[ri]!),
      occ: occupationAffinity(jOcc[ji] ?? null, rOcc[ri] ?? null) ?? 0.1,
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
  ['exact+tt', (x) => x.exact! + x.tt!],
  ['exact+htMax+0.5centRaw', (x) => x.exact! + x.htMax! + 0.5 * x.centRaw!],
  ['exact+htMax+centRaw', (x) => x.exact! + x.htMax! + x.centRaw!],
  ['exact+htMax', (x) => x.exact! + x.htMax!],
  ['exact+0.5htMax', (x) => x.exact! + 0.5 * x.htMax!],
  ['exact+lab', (x) => x.exact! + x.lab!],
  ['exact+0.5lab', (x) => x.exact! + 0.5 * x.lab!],
  ['exact+ht+0.5lab', (x) => x.exact! + x.ht! + 0.5 * x.lab!],
  ['exact+htMax+0.5cent', (x) => x.exact! + x.htMax! + 0.5 * x.cent!],
  ['exact+0.5tt', (x) => x.exact! + 0.5 * x.tt!],
  ['exact+ht', (x) => x.exact! + x.ht!],
  ['exact+0.5ht+0.5cent', (x) => x.exact! + 0.5 * x.ht! + 0.5 * x.cent!],
  ['exact+0.5tt+0.5cent', (x) => x.exact! + 0.5 * x.tt! + 0.5 * x.cent!],
  ['exact+tt+cent', (x) => x.exact! + x.tt! + x.cent!],
  ['exact+0.2occ', (x) => x.exact! + 0.2 * x.occ!],
  ['exact+0.4occ', (x) => x.exact! + 0.4 * x.occ!],
  ['exact+0.4occ+cent', (x) => x.exact! + 0.4 * x.occ! + x.cent!],
  ['exact+0.2occ+0.5cent', (x) => x.exact! + 0.2 * x.occ! + 0.5 * x.cent!],
  ['exact+cent', (x) => x.exact! + x.cent!],
  ['req+skills+title+cent', (x) => 0.35 * x.req! + 0.3 * x.skills! + 0.35 * x.title! + 0.5 * x.cent!],
  ['reqMean+top3T+cent', (x) => x.reqMean! + x.top3T! + x.cent!],
  ['exact+reqMean', (x) => x.exact! + x.reqMean!],
];
for (const [n, f] of combos) console.log(n, evalW(f));
const pct = (k: string) => { const v = feats.flat().map((x) => x[k]!).sort((a, b) => a - b); return [0.05, 0.25, 0.5, 0.75, 0.95, 0.99].map((p) => v[Math.floor(p * (v.length - 1))]!.toFixed(2)).join(' '); };
for (const k of ['htMax', 'centRaw', 'title', 'req', 'skills', 'exact']) console.log('pct', k, pct(k));
const ramp = (x: number, lo: number, hi: number) => Math.min(1, Math.max(0, (x - lo) / (hi - lo)));
const results: string[] = [];
for (const [plo, phi] of [[0.1, 0.6], [0.15, 0.55], [0.2, 0.7]]) for (const [dlo, dhi] of [[0.15, 0.5], [0.2, 0.45]]) for (const wp of [0.3, 0.4, 0.5]) for (const wd of [0.2, 0.3, 0.4]) for (const mult of [0, 1]) {
  const f = (x: F) => {
    const base = 0.3 * x.req! + 0.2 * x.skills! + 0.3 * x.title!;
    const prof = ramp(x.htMax!, plo!, phi!);
    const doc = ramp(x.centRaw!, dlo!, dhi!);
    return mult ? (base / 0.8) * (1 - wp + wp * prof) * (1 - wd + wd * doc) : (base + wp * prof + wd * doc) / (0.8 + wp + wd);
  };
  results.push(`${evalW(f)} | p ${plo}-${phi} d ${dlo}-${dhi} wp ${wp} wd ${wd} mult ${mult}`);
}
results.sort((a, b) => { const s = (t: string) => t.split(' ').slice(0, 2).reduce((x, y) => x + Number(y), 0); return s(b) - s(a); });
console.log(results.slice(0, 12).join('\n'));
