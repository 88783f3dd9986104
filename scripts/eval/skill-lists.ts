/**
 * Skills set: the skills a careful reader lists for a posting (what it asks for) or a resume (what it shows),
 * against extractSkills. Labels: eval/fixtures/skills/labels.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readDocument } from '../../cli/documents';
import { ingestDocument, isIngestError } from '../../lib/ingest';
import { extractSkills, findSkill, type ExtractedSkill } from '../../lib/skills';
import type { Row } from './report';
import { resolveDocument } from './evidence';
import { containsAsWords } from './skill-names';

const ItemSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['posting', 'resume']),
  split: z.enum(['dev', 'test']),
  source: z.object({
    source: z.enum(['eval-dev', 'repo']),
    path: z.string().min(1),
    // For a SkillSpan posting: its 1-based line in the JSONL file.
    line: z.number().int().positive().optional(),
  }),
  skills: z.array(z.string().min(1)).min(1),
});
const LabelsSchema = z.object({ items: z.array(ItemSchema) });
type Item = z.infer<typeof ItemSchema>;

export const SKILL_LABELS = path.join('eval', 'fixtures', 'skills', 'labels.json');

/** Case-insensitive, punctuation and spacing ignored ("MS-Excel" = "ms excel"); + and # count. */
export function skillKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

function canonicalName(name: string): string | null {
  const found = findSkill(name);
  return found ? skillKey(found.name) : null;
}

/**
 * Does an extracted skill stand for the labelled phrase: same name, one of its phrases, or same taxonomy entry; or
 * the label holds the name or a phrase as whole words ("SOX" for "SOX controls", "Accounting" for "general
 * accounting"), the rule the SkillSpan rows use for annotated spans.
 */
export function skillMatchesLabel(
  skill: Pick<ExtractedSkill, 'name'> & { phrases?: string[] },
  label: string,
): boolean {
  const key = skillKey(label);
  const names = [skill.name, ...(skill.phrases ?? [])];
  if (names.some((n) => skillKey(n) === key || containsAsWords(label, n))) return true;
  const canonical = canonicalName(label);
  return canonical !== null && canonical === skillKey(skill.name);
}

/**
 * The labels leave out degrees and subjects of study by convention (see eval/fixtures/skills/README.md), while the
 * extractor reports them because requirements ask for them. An unmatched prediction of these categories, or of a
 * skill named only as a degree's subject (`subject`), is set aside, counted in `setAside`, rather than called a false
 * positive.
 */
const NOT_LABELLED_CATEGORIES = new Set(['education', 'field']);

export interface SkillListScore {
  items: number;
  labels: number;
  predictions: number;
  matchedPredictions: number;
  matchedLabels: number;
  /** Unmatched degree and study-subject predictions, outside the labelling convention. */
  setAside: number;
  precision: number | null;
  recall: number | null;
}

export interface SkillListsResult {
  posting: { all: SkillListScore; dev: SkillListScore; test: SkillListScore };
  resume: { all: SkillListScore; dev: SkillListScore; test: SkillListScore };
  all: { all: SkillListScore; dev: SkillListScore; test: SkillListScore };
  skippedItems: number;
  /** Most common extracted skills no label stands for, and labels no extracted skill stands for. */
  falsePositives: { name: string; count: number }[];
  misses: { name: string; count: number }[];
  perItem: { id: string; kind: string; split: string; falsePositives: string[]; misses: string[] }[];
}

interface Judged {
  kind: 'posting' | 'resume';
  split: 'dev' | 'test';
  labels: number;
  predictions: number;
  matchedPredictions: number;
  matchedLabels: number;
  setAside: number;
}

function score(judged: readonly Judged[]): SkillListScore {
  const sum = (k: keyof Omit<Judged, 'kind' | 'split'>) => judged.reduce((n, j) => n + j[k], 0);
  const s = {
    items: judged.length,
    labels: sum('labels'),
    predictions: sum('predictions'),
    matchedPredictions: sum('matchedPredictions'),
    matchedLabels: sum('matchedLabels'),
    setAside: sum('setAside'),
  };
  return {
    ...s,
    precision: s.predictions ? s.matchedPredictions / s.predictions : null,
    recall: s.labels ? s.matchedLabels / s.labels : null,
  };
}

/** The text the CLI's `skills` command would read; a SkillSpan line goes through ingest as a .txt upload. */
async function textOf(item: Item, evalDevDir: string | null, repoRoot: string): Promise<string | null> {
  const file = resolveDocument(item.source, evalDevDir, repoRoot);
  if (!file) return null;
  if (item.source.line === undefined) return readDocument(file);
  const line = fs.readFileSync(file, 'utf8').split('\n')[item.source.line - 1];
  if (!line) throw new Error(`${file} has no line ${item.source.line}`);
  const raw = z.object({ text: z.string() }).parse(JSON.parse(line)).text;
  try {
    return (await ingestDocument(new TextEncoder().encode(raw), { filename: 'posting.txt' })).text;
  } catch (err) {
    // Same fallback as the SkillSpan recall stage: a few postings hold control bytes that ingest refuses.
    if (isIngestError(err)) return raw;
    throw err;
  }
}

function tally(names: readonly string[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, 25);
}

export async function evaluateSkillLists(
  evalDevDir: string | null,
  repoRoot: string,
): Promise<SkillListsResult> {
  const { items } = LabelsSchema.parse(
    JSON.parse(fs.readFileSync(path.join(repoRoot, SKILL_LABELS), 'utf8')),
  );
  const judged: Judged[] = [];
  const perItem: SkillListsResult['perItem'] = [];
  let skippedItems = 0;
  for (const item of items) {
    const text = await textOf(item, evalDevDir, repoRoot);
    if (text === null) {
      skippedItems += 1;
      continue;
    }
    const extracted = extractSkills(text, { kind: item.kind });
    const unlabelled = (s: ExtractedSkill) => !item.skills.some((l) => skillMatchesLabel(s, l));
    const setAside = extracted.filter(
      (s) => unlabelled(s) && (NOT_LABELLED_CATEGORIES.has(s.category) || s.subject),
    );
    const predicted = extracted.filter((s) => !setAside.includes(s));
    const fps = predicted.filter(unlabelled).map((s) => s.name);
    const misses = item.skills.filter((l) => !predicted.some((s) => skillMatchesLabel(s, l)));
    judged.push({
      kind: item.kind,
      split: item.split,
      labels: item.skills.length,
      predictions: predicted.length,
      matchedPredictions: predicted.length - fps.length,
      matchedLabels: item.skills.length - misses.length,
      setAside: setAside.length,
    });
    perItem.push({ id: item.id, kind: item.kind, split: item.split, falsePositives: fps, misses });
  }
  const bySplit = (list: Judged[]) => ({
    all: score(list),
    dev: score(list.filter((j) => j.split === 'dev')),
    test: score(list.filter((j) => j.split === 'test')),
  });
  return {
    posting: bySplit(judged.filter((j) => j.kind === 'posting')),
    resume: bySplit(judged.filter((j) => j.kind === 'resume')),
    all: bySplit(judged),
    skippedItems,
    falsePositives: tally(perItem.flatMap((p) => p.falsePositives)),
    misses: tally(perItem.flatMap((p) => p.misses.map(skillKey))),
    perItem,
  };
}

const f2 = (x: number | null) => (x === null ? '—' : x.toFixed(2));

export function skillListRows(r: SkillListsResult): Row[] {
  const data = (k: 'posting' | 'resume', which: 'precision' | 'recall') =>
    `${r[k].all.items} ${k}s ${f2(r[k].all[which])}, test ${f2(r[k].test[which])}`;
  const row = (metric: string, which: 'precision' | 'recall', value: number) => ({
    metric,
    data: `labelled lists; ${data('posting', which)}; ${data('resume', which)}; all test ${f2(r.all.test[which])}`,
    rolefit: r.all.all[which],
    keyword: null,
    cosine: null,
    target: { op: '>=' as const, value },
    digits: 2,
  });
  const precision = row('Skills: precision', 'precision', 0.9);
  return [
    { ...precision, data: `${precision.data}; ${r.all.all.setAside} degrees and study subjects set aside` },
    row('Skills: recall', 'recall', 0.85),
  ];
}

export function formatSkillListDetails(r: SkillListsResult): string {
  const line = (name: string, s: SkillListScore) =>
    `  ${name}: ${s.items} items, ${s.labels} labels, ${s.predictions} extracted; precision ${f2(s.precision)}, recall ${f2(s.recall)}`;
  const parts = ['Skill lists per kind and split'];
  for (const k of ['posting', 'resume', 'all'] as const)
    for (const split of ['all', 'dev', 'test'] as const) parts.push(line(`${k} ${split}`, r[k][split]));
  if (r.skippedItems) parts.push(`  ${r.skippedItems} items skipped (eval-dev absent)`);
  parts.push(
    '',
    'Skills: most common false positives',
    `  ${r.falsePositives.map((x) => `${x.name} (${x.count})`).join(', ')}`,
    'Skills: most common misses',
    `  ${r.misses.map((x) => `${x.name} (${x.count})`).join(', ')}`,
    '',
    'Skills per item',
  );
  for (const p of r.perItem)
    parts.push(
      `  ${p.id} [${p.split}]: extra: ${p.falsePositives.join(', ') || '—'} | missed: ${p.misses.join(', ') || '—'}`,
    );
  return parts.join('\n');
}
