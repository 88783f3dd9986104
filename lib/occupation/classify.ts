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
/**
 * Words of the title left unexplained (a city, a team name) cost less than words of the ESCO title left
 * unmatched: "Software Engineer, Core" is still a software engineer, "Teacher" is not yet an engineering teacher.
 */
const PRECISION_EXPONENT = 0.35;
/** ESCO title words in the same order, side by side, as in the title. */
const PHRASE_BONUS = 0.05;

interface View {
  words: string[];
  factor: number;
}

const POSTING_PREFIX = /^.*\b(hiring|opportunity|opening|vacancy|position|job)\b[^:]*:\s*/i;
const SEPARATORS = /\s[-–—]+\s*|[-–—]+\s|[|/,:;•·]|\s{3,}/;
/** Heads of management titles that ESCO mostly files as "X manager": "Head of Engineering", "VP Sales". */
const MANAGER_HEADS = /\b(?:vice president|president|director|head|leader)$/;
/** "Director of Engineering" read as "engineering manager" counts for less than a title ESCO has. */
const MANAGER_FACTOR = 0.9;

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
  const add = (words: string[], factor: number) => {
    const key = words.join(' ');
    if (!words.length || seen.has(key)) return;
    seen.add(key);
    views.push({ words, factor });
  };
  for (const [text, factor] of texts) {
    const words = normalizeTitle(text);
    add(words, factor);
    const key = words.join(' ');
    if (words.length > 1 && MANAGER_HEADS.test(key))
      add(key.replace(MANAGER_HEADS, 'manager').split(' '), factor * MANAGER_FACTOR);
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

interface Candidate {
  occupation: number;
  title: number;
  /** May exceed 1 by the phrase bonus; confidences are clamped. */
  score: number;
  /** The view's words and the title's are the same set. */
  exact: boolean;
}

/** Best candidate per occupation for one view of a title. */
function scoreView(index: TitleIndex, view: View, best: Map<number, Candidate>) {
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
    const score = (recall * precision ** PRECISION_EXPONENT * headFactor * title.weight + phrase) * view.factor;
    const previous = best.get(title.occupation);
    if (!previous || score > previous.score)
      best.set(title.occupation, {
        occupation: title.occupation,
        title: t,
        score,
        exact: recall > 0.999 && precision > 0.999,
      });
  }
  touched.length = 0;
}

/**
 * How much to trust the best candidate. A title that is an ESCO title is trusted as far as that title names its
 * occupation. A partial match is trusted less when its close rivals lie in other ISCO sub-major groups ("Team
 * Leader" fits a production, a farm and a zoo team leader alike), and a tie between preferred and alternative
 * labels of unrelated occupations is a coin toss.
 */
function confidenceOf(index: TitleIndex, ranked: Candidate[]): number {
  const [best, second] = ranked;
  if (!best) return 0;
  const group = (c: Candidate) => index.occupations[c.occupation]!.isco.slice(0, 2);
  let confidence = Math.min(1, best.score);
  if (!best.exact) {
    const close = ranked.slice(0, 10).filter((c) => c.score >= best.score - CLOSE);
    const agreeing = close.filter((c) => group(c) === group(best));
    const share = agreeing.reduce((s, c) => s + c.score, 0) / close.reduce((s, c) => s + c.score, 0);
    confidence *= Math.sqrt(share);
  }
  if (second && best.score - second.score < TIE && group(best)[0] !== group(second)[0]) confidence *= 0.85;
  return Math.round(confidence * 100) / 100;
}

/** Rivals within this score of the best are as likely. */
const CLOSE = 0.1;
const TIE = 0.02;

/**
 * Candidate occupations for a job title, best first; the first carries the confidence `classifyTitle` uses, the
 * others their raw scores. `classifyTitle` is the one to call; this one is for explanations and tuning.
 */
export function rankTitle(title: string, limit = 5): ScoredOccupation[] {
  const index = titleIndex();
  const best = new Map<number, Candidate>();
  for (const view of titleViews(title)) scoreView(index, view, best);
  const ranked = [...best.values()].sort(
    (x, y) =>
      y.score - x.score ||
      Number(index.titles[y.title]!.preferred) - Number(index.titles[x.title]!.preferred) ||
      index.occupations[x.occupation]!.code.length - index.occupations[y.occupation]!.code.length ||
      x.occupation - y.occupation,
  );
  const confidence = confidenceOf(index, ranked);
  return ranked.slice(0, limit).map((c, i) => ({
    ...index.occupations[c.occupation]!,
    confidence: i === 0 ? confidence : Math.round(Math.min(1, c.score) * 100) / 100,
    matched: index.titles[c.title]!.words.join(' '),
  }));
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
