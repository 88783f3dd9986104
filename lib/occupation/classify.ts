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
/**
 * Titles covering less of an ESCO title than this, by weight or by number of words, are not candidates: "manager"
 * alone is not a "sales manager", nor "owner" a "product owner".
 */
const MIN_RECALL = 0.6;
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

/** A title is a line; anything longer is cut so a pasted page costs no more than a title. */
const MAX_TITLE_CHARS = 200;

interface View {
  words: string[];
  factor: number;
  /**
   * Head nouns: the last head word of the view and of each of its parts, so "Analyst - Business Intelligence" is
   * headed by "analyst" as much as "Business Intelligence Analyst" is.
   */
  heads: Set<string>;
}

const POSTING_PREFIX = /^.*\b(hiring|opportunity|opening|vacancy|position|job)\b[^:]*:\s*/i;
const SEPARATORS = /\s[-–—]+\s*|[-–—]+\s|[|/,:;•·]|\s{3,}/;
/** Resume templates' stand-ins for the employer and place: "Accountant, Company Name - City , State". */
const TEMPLATE_PLACEHOLDERS = /\b(?:company name|city\s*,\s*state)\b/gi;
/** Heads of management titles that ESCO mostly files as "X manager": "Head of Engineering", "VP Sales". */
const MANAGER_HEADS = /\b(?:vice president|president|director|head|leader)$/;
/** "Director of Engineering" read as "engineering manager" counts for less than a title ESCO has. */
const MANAGER_FACTOR = 0.9;

/** The last word of a title that heads some ESCO title ("manager" in "Manager Ecommerce Marketing"). */
function headOf(index: TitleIndex, words: readonly string[]): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) if (index.heads.has(words[i]!)) return words[i];
  return words.at(-1);
}

/** The whole title and its parts: "Manager / Senior Manager - Human Resources" is one job said three ways. */
function titleViews(index: TitleIndex, title: string): View[] {
  const clean = title
    .slice(0, MAX_TITLE_CHARS)
    .replace(POSTING_PREFIX, '')
    .replace(/^\s*(we are |we're |urgent(ly)? )?hiring\b/i, '')
    .replace(/@.*$/, '')
    .replace(/\s+at\s+[A-Z].*$/, '')
    .replace(TEMPLATE_PLACEHOLDERS, ' ');
  const unbracketed = clean.replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ');
  const parts = unbracketed
    .split(SEPARATORS)
    .map((part) => normalizeTitle(part))
    .filter((words) => words.length);
  const partHeads = parts.map((words) => headOf(index, words)!);
  const seen = new Set<string>();
  const views: View[] = [];
  const add = (words: string[], factor: number, heads: string[]) => {
    const key = words.join(' ');
    if (!words.length || seen.has(key)) return;
    seen.add(key);
    views.push({ words, factor, heads: new Set([headOf(index, words)!, ...heads]) });
    if (words.length > 1 && MANAGER_HEADS.test(key))
      add(key.replace(MANAGER_HEADS, 'manager').split(' '), factor * MANAGER_FACTOR, ['manager']);
  };
  add(normalizeTitle(unbracketed), 1, partHeads);
  add(normalizeTitle(clean.replace(/[()[\]]/g, ' ')), PART_FACTOR, partHeads);
  if (parts.length > 1) for (const words of parts) add(words, PART_FACTOR, []);
  return views;
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

let scratch: { matched: Float64Array; count: Uint8Array; touched: number[] } | undefined;

interface Candidate {
  occupation: number;
  title: number;
  /** May exceed 1 by the phrase bonus; confidences are clamped. */
  score: number;
  /** The view's words and the title's are the same set. */
  exact: boolean;
  /** Every word of the view is in the title (which has more): "team leader" in "production team leader". */
  contained: boolean;
  /** The words of the view that matched. */
  view: readonly string[];
}

/** Best candidate per occupation for one view of a title. */
function scoreView(index: TitleIndex, view: View, best: Map<number, Candidate>) {
  const words = [...new Set(view.words)];
  const viewMass = words.reduce((sum, w) => sum + (index.idf.get(w) ?? UNKNOWN_WORD), 0);
  scratch ??= {
    matched: new Float64Array(index.titles.length),
    count: new Uint8Array(index.titles.length),
    touched: [],
  };
  const { matched, count, touched } = scratch;
  // Rarest words first. A title none of the rarer words reached can still reach MIN_RECALL only if the words left
  // could cover enough of it, so each posting list (sorted by title mass) is read only up to that bound, and
  // titles already reached past the bound are checked one by one: "manager" need not visit 3,000 titles.
  const known = words.filter((w) => index.idf.has(w)).sort((a, b) => index.idf.get(b)! - index.idf.get(a)!);
  let rest = known.reduce((sum, w) => sum + index.idf.get(w)!, 0);
  for (const w of known) {
    const weight = index.idf.get(w)!;
    const bound = rest / MIN_RECALL;
    const reachedBefore = touched.length;
    for (const t of index.postings.get(w)!) {
      if (index.titles[t]!.mass > bound) break;
      if (matched[t] === 0) touched.push(t);
      matched[t]! += weight;
      count[t]!++;
    }
    for (let i = 0; i < reachedBefore; i++) {
      const t = touched[i]!;
      const title = index.titles[t]!;
      if (title.mass > bound && title.words.includes(w)) {
        matched[t]! += weight;
        count[t]!++;
      }
    }
    rest -= weight;
  }
  for (const t of touched) {
    const title = index.titles[t]!;
    const recall = matched[t]! / title.mass;
    const wordRecall = count[t]! / title.size;
    matched[t] = 0;
    count[t] = 0;
    if (recall < MIN_RECALL || wordRecall < MIN_RECALL) continue;
    const precision = (recall * title.mass) / viewMass;
    const titleHead = title.words.at(-1)!;
    const headFactor = view.heads.has(titleHead) ? 1 : words.includes(titleHead) ? 0.6 : 0.5;
    const phrase = containsPhrase(view.words, title.words) ? PHRASE_BONUS : 0;
    const score =
      (recall * precision ** PRECISION_EXPONENT * headFactor * title.weight + phrase) * view.factor;
    const previous = best.get(title.occupation);
    if (!previous || score > previous.score)
      best.set(title.occupation, {
        occupation: title.occupation,
        title: t,
        score,
        exact: recall > 0.999 && precision > 0.999,
        contained: precision > 0.999,
        view: words,
      });
  }
  touched.length = 0;
}

/**
 * The pick and how much to trust it. A title that is an ESCO title is trusted as far as that title names its
 * occupation. A partial match is one of several readings: the close readings vote by ISCO sub-major group, the
 * pick is the best reading of the winning group ("Procurement Manager" reads as two supply managers and one
 * planning manager), and it is trusted by its group's share of the vote ("Team Leader" fits a production, a farm
 * and a zoo team leader alike). A tie with an unrelated occupation ("sales executive" is a sales manager and a
 * sales representative in ESCO) is a coin toss.
 */
function pickOf(index: TitleIndex, ranked: Candidate[]): { pick: Candidate; confidence: number } | null {
  const [best] = ranked;
  if (!best) return null;
  const group = (c: Candidate) => index.occupations[c.occupation]!.isco.slice(0, 2);
  let pick = best;
  let share = 1;
  if (!best.exact) {
    const close = ranked.slice(0, 10).filter((c) => c.score >= best.score - CLOSE);
    const votes = new Map<string, number>();
    for (const c of close) votes.set(group(c), (votes.get(group(c)) ?? 0) + c.score);
    const [winner, vote] = [...votes].reduce((a, b) => (b[1] > a[1] ? b : a));
    pick = close.find((c) => group(c) === winner)!;
    share = vote / close.reduce((sum, c) => sum + c.score, 0);
  }
  let confidence = Math.min(1, pick.score) * Math.sqrt(share);
  // A title that only ever appears inside longer ESCO titles, of many occupations, says too little.
  if (!pick.exact && pick.contained) {
    const holders = occupationsContaining(index, pick.view);
    if (holders > AMBIGUOUS_AT) confidence *= Math.sqrt(AMBIGUOUS_AT / holders);
  }
  const rival = ranked.find((c) => c !== pick);
  if (rival && Math.abs(pick.score - rival.score) < TIE && group(pick)[0] !== group(rival)[0])
    confidence *= 0.85;
  return { pick, confidence: Math.round(confidence * 100) / 100 };
}

/** How many occupations have a title with all these words. */
function occupationsContaining(index: TitleIndex, words: readonly string[]): number {
  const lists = words.map((w) => index.postings.get(w) ?? []).sort((a, b) => a.length - b.length);
  const found = new Set<number>();
  for (const t of lists[0] ?? []) {
    const title = index.titles[t]!;
    if (words.every((w) => title.words.includes(w))) found.add(title.occupation);
  }
  return found.size;
}

/** Rivals within this score of the best are as likely. */
const CLOSE = 0.1;
const TIE = 0.02;
/** A title inside the titles of more occupations than this is underspecified. */
const AMBIGUOUS_AT = 4;

/**
 * Candidate occupations for a job title, best first; the first carries the confidence `classifyTitle` uses, the
 * others their raw scores. `classifyTitle` is the one to call; this one is for explanations and tuning.
 */
export function rankTitle(title: string, limit = 5): ScoredOccupation[] {
  const index = titleIndex();
  const best = new Map<number, Candidate>();
  for (const view of titleViews(index, title)) scoreView(index, view, best);
  const ranked = [...best.values()].sort(
    (x, y) =>
      y.score - x.score ||
      Number(index.titles[y.title]!.preferred) - Number(index.titles[x.title]!.preferred) ||
      index.occupations[x.occupation]!.code.length - index.occupations[y.occupation]!.code.length ||
      x.occupation - y.occupation,
  );
  const picked = pickOf(index, ranked);
  if (!picked) return [];
  const { pick, confidence } = picked;
  return [pick, ...ranked.filter((c) => c !== pick)].slice(0, limit).map((c, i) => ({
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
