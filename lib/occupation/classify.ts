import { normalizeTitle } from './normalize';
import { titleIndex, type TitleIndex } from './title-index';

/** An ESCO occupation with its ISCO-08 unit group, and how sure the match is. */
export interface Occupation {
  /** ESCO occupation code, e.g. "2411.1". */
  code: string;
  /** ISCO-08 unit group, 4 digits. */
  isco: string;
  label: string;
  iscoLabel: string;
  /** 0..1 */
  confidence: number;
}

export interface ScoredOccupation extends Occupation {
  /** The ESCO title (normalised) that matched. */
  matched: string;
}

/** Below this a title names no occupation we can stand behind. */
export const MIN_CONFIDENCE = 0.5;
/** Titles covering less of an ESCO title than this are not candidates ("manager" alone for "sales manager"). */
const MIN_RECALL = 0.5;
/** Weight of a word ESCO never uses (a company, a city, a product): it dilutes the match like a common word. */
const UNKNOWN_WORD = 2.5;
/** A part of a title ("Design Engineer" of "Design Engineer - Vehicle Integration") counts a little less. */
const PART_FACTOR = 0.97;
/** ESCO title words in the same order, side by side, as in the title. */
const PHRASE_BONUS = 0.05;

interface View {
  words: string[];
  factor: number;
}

const POSTING_PREFIX = /^.*\b(hiring|opportunity|opening|vacancy|position|job)\b[^:]*:\s*/i;
const SEPARATORS = /\s[-–—]+\s*|[-–—]+\s|[|/,:;•·]|\s{3,}/;

/** The whole title and its parts: "Manager / Senior Manager - Human Resources" is one job said three ways. */
function titleViews(title: string): View[] {
  const clean = title
    .replace(POSTING_PREFIX, '')
    .replace(/^\s*(we are |we're |urgent(ly)? )?hiring\b/i, '')
    .replace(/@.*$/, '')
    .replace(/\s+at\s+[A-Z].*$/, '');
  const unbracketed = clean.replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ');
  const texts: [string, number][] = [
    [unbracketed, 1],
    [clean.replace(/[()[\]]/g, ' '), PART_FACTOR],
  ];
  const parts = unbracketed.split(SEPARATORS).filter((p) => p.trim());
  if (parts.length > 1) for (const part of parts) texts.push([part, PART_FACTOR]);
  const seen = new Set<string>();
  const views: View[] = [];
  for (const [text, factor] of texts) {
    const words = normalizeTitle(text);
    const key = words.join(' ');
    if (!words.length || seen.has(key)) continue;
    seen.add(key);
    views.push({ words, factor });
  }
  return views;
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

let scratch: { matched: Float64Array; touched: number[] } | undefined;

/** Best score per occupation for one view of a title. */
function scoreView(index: TitleIndex, view: View, best: Map<number, { score: number; title: number }>) {
  const words = [...new Set(view.words)];
  const viewMass = words.reduce((sum, w) => sum + (index.idf.get(w) ?? UNKNOWN_WORD), 0);
  const head = [...view.words].reverse().find((w) => index.heads.has(w)) ?? view.words.at(-1)!;
  scratch ??= { matched: new Float64Array(index.titles.length), touched: [] };
  const { matched, touched } = scratch;
  for (const w of words) {
    const weight = index.idf.get(w);
    if (weight === undefined) continue;
    for (const t of index.postings.get(w)!) {
      if (matched[t] === 0) touched.push(t);
      matched[t]! += weight;
    }
  }
  for (const t of touched) {
    const title = index.titles[t]!;
    const recall = matched[t]! / title.mass;
    matched[t] = 0;
    if (recall < MIN_RECALL) continue;
    const precision = (recall * title.mass) / viewMass;
    const titleHead = title.words.at(-1)!;
    const headFactor = titleHead === head ? 1 : words.includes(titleHead) ? 0.8 : 0.5;
    const phrase = containsPhrase(view.words, title.words) ? PHRASE_BONUS : 0;
    const score =
      Math.min(1, (0.65 * recall + 0.35 * precision) * headFactor * title.weight + phrase) * view.factor;
    const previous = best.get(title.occupation);
    if (!previous || score > previous.score) best.set(title.occupation, { score, title: t });
  }
  touched.length = 0;
}

/**
 * Candidate occupations for a job title, best first, with raw scores (no threshold). `classifyTitle` is the
 * one to call; this one is for explanations and tuning.
 */
export function rankTitle(title: string, limit = 5): ScoredOccupation[] {
  const index = titleIndex();
  const best = new Map<number, { score: number; title: number }>();
  for (const view of titleViews(title)) scoreView(index, view, best);
  const ranked = [...best].sort(
    ([a, x], [b, y]) =>
      y.score - x.score ||
      Number(index.titles[y.title]!.preferred) - Number(index.titles[x.title]!.preferred) ||
      index.occupations[a]!.code.length - index.occupations[b]!.code.length ||
      a - b,
  );
  const top = ranked.slice(0, limit).map(([o, { score, title }]) => ({
    ...index.occupations[o]!,
    confidence: Math.round(score * 100) / 100,
    matched: index.titles[title]!.words.join(' '),
  }));
  // A tie between unrelated occupations ("sales executive" is a sales manager and a sales representative in
  // ESCO) leaves the pick a coin toss: say so in the confidence.
  const [first, second] = top;
  if (first && second && first.confidence - second.confidence < 0.03 && first.isco[0] !== second.isco[0])
    first.confidence = Math.round(first.confidence * 85) / 100;
  return top;
}

/**
 * The ESCO occupation a job title names ("Sr. Data Analyst (Remote)" -> data analyst, ISCO 2511), or null when
 * no ESCO title fits well enough. Seniority, levels, locations and posting noise are ignored.
 */
export function classifyTitle(title: string): Occupation | null {
  const [best] = rankTitle(title, 2);
  if (!best || best.confidence < MIN_CONFIDENCE) return null;
  const { matched: _matched, ...occupation } = best;
  return occupation;
}
