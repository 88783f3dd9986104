import { impliedBy } from './graph';

/** A skill mentioned in the text, with its offsets (see findSkillMentions). */
export interface Mention {
  name: string;
  category: string;
  start: number;
  end: number;
}

type Range = [number, number];

/**
 * Examples stand for each other only where one of a kind does the job of another: programming languages, ML
 * libraries, databases, fields of study, degrees and cloud providers. Examples of other kinds ("e.g., Docker,
 * Kubernetes", "e.g., EC2, S3") are usually used together, so each stays asked for.
 */
const INTERCHANGEABLE_KINDS: ReadonlySet<string> = new Set([
  'language',
  'ml',
  'database',
  'field',
  'education',
]);
const CLOUD_PROVIDERS: ReadonlySet<string> = new Set([
  'Amazon Web Services',
  'Microsoft Azure',
  'Google Cloud',
  'IBM Cloud',
  'Oracle Cloud',
  'Alibaba Cloud',
]);
const interchangeable = (m: Mention) => INTERCHANGEABLE_KINDS.has(m.category) || CLOUD_PROVIDERS.has(m.name);

const clouds = new Map<string, string | null>();

/** The cloud a skill belongs to: a provider itself, or the provider its service implies (SageMaker: AWS). */
function cloudOf(m: Mention): string | null {
  if (CLOUD_PROVIDERS.has(m.name)) return m.name;
  // Each posting's requirements ask this of every skill they name; the walk of the graph is done once a skill.
  if (!clouds.has(m.name))
    clouds.set(m.name, [...impliedBy([m.name]).keys()].find((p) => CLOUD_PROVIDERS.has(p)) ?? null);
  return clouds.get(m.name)!;
}

/**
 * One service from each of several clouds in one list ("Cloud ML Platforms: AWS SageMaker, Azure ML, GCP Vertex AI",
 * "Redshift, Synapse, BigQuery"): the same job on different clouds, so one of them is enough. Only when every cloud
 * in the clause is named once, so "AWS (EC2, S3, Lambda) and Azure" asks for each.
 */
function cloudCounterparts(text: string, clauseMentions: readonly Mention[]): Mention[] {
  const clouds = clauseMentions.map(cloudOf);
  const named = clauseMentions.filter((_, i) => clouds[i] !== null);
  const distinct = new Set(clouds.filter((c) => c !== null));
  if (distinct.size < 2 || distinct.size !== named.length) return [];
  // Listed with commas or slashes only: "AWS and GCP" asks for both.
  if (named.some((m, i) => i > 0 && !/^[\s,/|]*$/.test(text.slice(named[i - 1]!.end, m.start)))) return [];
  return mainKind(named).length === named.length ? named : [];
}

// "e.g. AWS, GCP, Azure", "such as Python or Go": the skills after it are examples of one kind.
const EXAMPLES = /\b(?:e\.?g\.?|such as|for example|for instance)(?=[\s,:]|$)/gi;
// A full stop ends a clause only before a space or the end, so "Ph.D." and "e.g." stay whole.
const CLAUSE_END = /[;!?()[\]]+|\.(?=\s|$)/g;
const PLAIN_AND = /:|\band\b(?!\s*\/)/gi;
const OR = /\bor\b/i;
const OR_ITEMS = /,|\band\s*\/\s*or\b|\bor\b/gi;
// "HR generalist experience, preferably in logistics, manufacturing, or …": the list starts at the qualifier.
const LIST_OPENS = /^\s*(preferably|ideally|especially|particularly|including|in particular)\b/i;
const EXAMPLE_ITEMS = /,|\band\b|\bor\b/gi;

/** The pieces of text[from, to) between matches of `separator`. */
function pieces(text: string, [from, to]: Range, separator: RegExp): Range[] {
  const out: Range[] = [];
  let start = from;
  for (const m of text.slice(from, to).matchAll(separator)) {
    out.push([start, from + m.index]);
    start = from + m.index + m[0].length;
  }
  out.push([start, to]);
  return out;
}

/**
 * Groups of skills a posting line offers as alternatives: "AWS, GCP or Azure", "Python and/or Java", "cloud
 * platforms (e.g., AWS, GCP, Azure)", "a degree in Computer Science, Statistics or a related field". A candidate with
 * one of a group is not missing the others. `mentions` are the skills found in `text` (findSkillMentions), so that
 * context-bound names ("Go" in a list of languages) count as they did there.
 *
 * A line is cut into clauses at sentence punctuation and brackets. A clause with examples ("e.g.", "such as") is a
 * list from the cue on, its items separated by commas, "and" and "or", and only interchangeable skills of the list's
 * main kind stay (see INTERCHANGEABLE_KINDS; "e.g., Spark, Kubernetes" offers no choice). Otherwise the clause is cut again
 * at a colon or a plain "and" (so "AWS or GCP and Kubernetes" keeps Kubernetes apart), and a part with an "or" in it
 * is a list, its items separated by commas and "or" (not slashes: CI/CD). Of the first item only its last skill joins
 * ("Bachelor's degree in Computer Science, ..." offers Computer Science, not the degree), of every later item only its
 * first. Groups of fewer than two are dropped.
 */
export function alternativeGroups(text: string, mentions: readonly Mention[]): string[][] {
  const groups: string[][] = [];
  for (const clause of pieces(text, [0, text.length], CLAUSE_END)) {
    const cue = [...text.slice(clause[0], clause[1]).matchAll(EXAMPLES)][0];
    if (cue) {
      const from = clause[0] + cue.index + cue[0].length;
      const picks = pick(pieces(text, [from, clause[1]], EXAMPLE_ITEMS), mentions);
      addGroup(groups, mainKind(picks.filter(interchangeable)));
      continue;
    }
    const before = groups.length;
    for (const part of pieces(text, clause, PLAIN_AND)) {
      if (!OR.test(text.slice(part[0], part[1]))) continue;
      const items = pieces(text, part, OR_ITEMS);
      const opens = items.findLastIndex(([from, to], i) => i > 0 && LIST_OPENS.test(text.slice(from, to)));
      addGroup(groups, pick(opens > 0 ? items.slice(opens) : items, mentions));
    }
    if (groups.length === before)
      addGroup(
        groups,
        cloudCounterparts(
          text,
          mentions.filter((m) => m.start >= clause[0] && m.end <= clause[1]),
        ),
      );
  }
  return groups;
}

// "including" after a named skill: what follows are parts of it ("running Kubernetes, including networking, RBAC").
const INCLUDING = /\b(?:including|incl\.)/gi;
const SENTENCE_END = /[;!?]+|\.(?=\s|$)/g;

/**
 * Skills a requirement names only as parts of another it names first: "Production experience running Kubernetes,
 * including networking, RBAC, and troubleshooting workloads" asks for Kubernetes; networking is a part of that
 * experience, and holding it alone does not show it. Empty when nothing comes before "including".
 */
export function includedParts(text: string, mentions: readonly Mention[]): string[] {
  const parts = new Set<string>();
  const heads = new Set<string>();
  for (const [from, to] of pieces(text, [0, text.length], SENTENCE_END)) {
    const cue = [...text.slice(from, to).matchAll(INCLUDING)][0];
    if (!cue) continue;
    const at = from + cue.index;
    const inside = mentions.filter((m) => m.start >= from && m.end <= to);
    const before = inside.filter((m) => m.end <= at);
    if (!before.length) continue;
    for (const m of before) heads.add(m.name);
    for (const m of inside) if (m.start >= at) parts.add(m.name);
  }
  return [...parts].filter((name) => !heads.has(name));
}

function pick(items: Range[], mentions: readonly Mention[]): Mention[] {
  const picks: Mention[] = [];
  items.forEach(([from, to], i) => {
    const inside = mentions.filter((m) => m.start >= from && m.end <= to);
    const chosen = i === 0 ? inside.at(-1) : inside[0];
    if (chosen && !picks.some((p) => p.name === chosen.name)) picks.push(chosen);
  });
  return picks;
}

function mainKind(picks: Mention[]): Mention[] {
  const byKind = new Map<string, Mention[]>();
  for (const p of picks) byKind.set(p.category, [...(byKind.get(p.category) ?? []), p]);
  return [...byKind.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

function addGroup(groups: string[][], picks: Mention[]): void {
  if (picks.length >= 2) groups.push(picks.map((p) => p.name));
}
