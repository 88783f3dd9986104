/**
 * Evidence set: for labelled (posting, resume) pairs, does Rolefit call a requirement covered exactly when a
 * careful reader does, and does the evidence it cites show it? Labels: eval/fixtures/evidence/labels.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadJobs, loadResumes } from '../../cli/documents';
import { scoreMatch } from '../../lib/match';
import type { Row } from './report';
import { coveredShare, mostSimilar } from './text-overlap';

const DocumentRef = z.object({ source: z.enum(['eval-dev', 'repo']), path: z.string().min(1) });
export type DocumentRef = z.infer<typeof DocumentRef>;

const LabelsSchema = z.object({
  pairs: z.array(
    z.object({
      id: z.string().min(1),
      posting: DocumentRef,
      resume: DocumentRef,
      split: z.enum(['dev', 'test']),
      requirements: z
        .array(
          z.object({
            text: z.string().min(1),
            covered: z.boolean(),
            support: z.array(z.string().min(1)).optional(),
            missingSkills: z.array(z.string().min(1)).optional(),
            note: z.string().optional(),
          }),
        )
        .min(1),
    }),
  ),
});

export const EVIDENCE_LABELS = path.join('eval', 'fixtures', 'evidence', 'labels.json');

/** A labelled document's file, or null when it lives in eval-dev and that folder is absent. */
export function resolveDocument(
  ref: DocumentRef,
  evalDevDir: string | null,
  repoRoot: string,
): string | null {
  if (ref.source === 'repo') return path.join(repoRoot, ref.path);
  return evalDevDir ? path.join(evalDevDir, ref.path) : null;
}

export interface Mismatch {
  pair: string;
  requirement: string;
  kind: 'false covered' | 'missed' | 'evidence off';
  /** Rolefit's requirement it was mapped to (null: none similar), and what Rolefit cited. */
  rolefitText: string | null;
  evidence: string | null;
  missingSkills?: string[];
}

export interface EvidenceScore {
  pairs: number;
  requirements: number;
  labelledCovered: number;
  predictedCovered: number;
  truePositives: number;
  precision: number | null;
  recall: number | null;
  /** Share of true positives whose cited evidence overlaps a labelled support line (≥ half its words). */
  evidenceAgreement: number | null;
  /** Requirements called covered although the reader found a named skill missing. */
  coveredWithMissingSkill: number;
  /** Labelled requirements that matched no Rolefit requirement (counted as predicted not covered). */
  unmapped: number;
}

export interface EvidenceResult {
  all: EvidenceScore;
  dev: EvidenceScore;
  test: EvidenceScore;
  skippedPairs: number;
  mismatches: Mismatch[];
}

interface Judged {
  split: 'dev' | 'test';
  pair: string;
  label: boolean;
  predicted: boolean;
  mapped: boolean;
  evidenceAgrees: boolean;
  missingSkill: boolean;
}

const share = (n: number, d: number): number | null => (d === 0 ? null : n / d);

function score(judged: readonly Judged[]): EvidenceScore {
  const tp = judged.filter((j) => j.label && j.predicted);
  const predicted = judged.filter((j) => j.predicted).length;
  const labelled = judged.filter((j) => j.label).length;
  return {
    pairs: new Set(judged.map((j) => j.pair)).size,
    requirements: judged.length,
    labelledCovered: labelled,
    predictedCovered: predicted,
    truePositives: tp.length,
    precision: share(tp.length, predicted),
    recall: share(tp.length, labelled),
    evidenceAgreement: share(tp.filter((j) => j.evidenceAgrees).length, tp.length),
    coveredWithMissingSkill: judged.filter((j) => j.predicted && j.missingSkill).length,
    unmapped: judged.filter((j) => !j.mapped).length,
  };
}

export async function evaluateEvidence(evalDevDir: string | null, repoRoot: string): Promise<EvidenceResult> {
  const labels = LabelsSchema.parse(
    JSON.parse(fs.readFileSync(path.join(repoRoot, EVIDENCE_LABELS), 'utf8')),
  );
  const pairs = labels.pairs.flatMap((pair) => {
    const postingFile = resolveDocument(pair.posting, evalDevDir, repoRoot);
    const resumeFile = resolveDocument(pair.resume, evalDevDir, repoRoot);
    return postingFile && resumeFile ? [{ ...pair, postingFile, resumeFile }] : [];
  });
  const postingFiles = [...new Set(pairs.map((p) => p.postingFile))];
  const resumeFiles = [...new Set(pairs.map((p) => p.resumeFile))];
  const [jobs, resumes] = await Promise.all([loadJobs(postingFiles), loadResumes(resumeFiles)]);
  const jobOf = new Map(jobs.map((j) => [j.file, j]));
  const resumeOf = new Map(resumes.map((r) => [r.file, r]));

  const judged: Judged[] = [];
  const mismatches: Mismatch[] = [];
  for (const pair of pairs) {
    const result = scoreMatch(jobOf.get(pair.postingFile)!.profile, resumeOf.get(pair.resumeFile)!.profile);
    const rolefitTexts = result.requirements.map((r) => r.text);
    for (const req of pair.requirements) {
      const index = mostSimilar(req.text, rolefitTexts);
      const rolefit = index >= 0 ? result.requirements[index]! : null;
      const predicted = rolefit?.covered ?? false;
      const evidence = rolefit?.evidence ?? null;
      const evidenceAgrees =
        evidence !== null && (req.support ?? []).some((s) => coveredShare(s, evidence) >= 0.5);
      const missingSkill = (req.missingSkills?.length ?? 0) > 0;
      judged.push({
        split: pair.split,
        pair: pair.id,
        label: req.covered,
        predicted,
        mapped: rolefit !== null,
        evidenceAgrees,
        missingSkill,
      });
      const kind: Mismatch['kind'] | null =
        predicted && !req.covered
          ? 'false covered'
          : !predicted && req.covered
            ? 'missed'
            : predicted && !evidenceAgrees
              ? 'evidence off'
              : null;
      if (kind)
        mismatches.push({
          pair: pair.id,
          requirement: req.text,
          kind,
          rolefitText: rolefit?.text ?? null,
          evidence,
          ...(missingSkill ? { missingSkills: req.missingSkills } : {}),
        });
    }
  }
  return {
    all: score(judged),
    dev: score(judged.filter((j) => j.split === 'dev')),
    test: score(judged.filter((j) => j.split === 'test')),
    skippedPairs: labels.pairs.length - pairs.length,
    mismatches,
  };
}

const f2 = (x: number | null) => (x === null ? '—' : x.toFixed(2));

export function evidenceRows(r: EvidenceResult): Row[] {
  const data = `labelled pairs, ${r.all.pairs} pairs, ${r.all.requirements} reqs`;
  const row = (
    metric: string,
    value: number | null,
    test: number | null,
    target: Row['target'],
    digits = 2,
  ) => ({
    metric,
    data: `${data}; test split ${digits ? f2(test) : String(test)}`,
    rolefit: value,
    keyword: null,
    cosine: null,
    target,
    digits,
  });
  return [
    row('Evidence: covered precision', r.all.precision, r.test.precision, { op: '>=', value: 0.95 }),
    row('Evidence: covered recall', r.all.recall, r.test.recall, { op: '>=', value: 0.8 }),
    row('Evidence: cites labelled support', r.all.evidenceAgreement, r.test.evidenceAgreement, null),
    row(
      'Evidence: covered, named skill missing',
      r.all.coveredWithMissingSkill,
      r.test.coveredWithMissingSkill,
      { op: '<=', value: 0 },
      0,
    ),
  ];
}

function clip(text: string | null, n = 90): string {
  if (text === null) return '(none)';
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

export function formatEvidenceDetails(r: EvidenceResult): string {
  const line = (name: string, s: EvidenceScore) =>
    `  ${name}: ${s.pairs} pairs, ${s.requirements} reqs (${s.labelledCovered} covered by label, ${s.predictedCovered} by Rolefit, ${s.truePositives} both); precision ${f2(s.precision)}, recall ${f2(s.recall)}, evidence agrees ${f2(s.evidenceAgreement)}, covered with a named skill missing ${s.coveredWithMissingSkill}, no matching Rolefit requirement ${s.unmapped}`;
  const parts = ['Evidence per split', line('all', r.all), line('dev', r.dev), line('test', r.test)];
  if (r.skippedPairs) parts.push(`  ${r.skippedPairs} pairs skipped (eval-dev absent)`);
  for (const kind of ['false covered', 'missed', 'evidence off'] as const) {
    const list = r.mismatches.filter((m) => m.kind === kind);
    if (!list.length) continue;
    parts.push('', `Evidence: ${kind} (${list.length})`);
    for (const m of list)
      parts.push(
        `  ${m.pair}: "${clip(m.requirement)}"` +
          (m.missingSkills ? ` [missing: ${m.missingSkills.join(', ')}]` : '') +
          `\n      Rolefit requirement: ${clip(m.rolefitText)} | evidence: ${clip(m.evidence)}`,
      );
  }
  return parts.join('\n');
}
