// The keyword table a candidate reads beside a match: the posting's terms, each counted in the posting and in the
// resume, as an applicant-tracking system's keyword scan would count them. Plain text in, plain rows out.
import { phrasePattern } from '../skills/phrase-pattern';

export type KeywordKind = 'required' | 'preferred' | 'phrase';

export interface KeywordRow {
  /** The skill's canonical name, or a phrase the posting repeats. */
  term: string;
  kind: KeywordKind;
  /** The words counted for it: every phrase the posting or the resume used for the skill, and its name. */
  phrases: string[];
  inPosting: number;
  inResume: number;
  /**
   * The group this skill is asked in, when the posting offers it only as one of several ("Accounting, Economics or
   * Finance"), itself included and in the posting's order: the group is one ask, met by any of them.
   */
  alternatives?: string[];
  /** The others of `alternatives` the resume uses, when it does not use this one: the ask is met, nothing is missing. */
  usedInstead?: string[];
  /** The resume uses none of its words, nor any of its alternatives'. */
  missing: boolean;
}

export interface KeywordInput {
  postingText: string;
  resumeText: string;
  /** The posting's skills with the phrases that named them there. */
  postingSkills: readonly { name: string; level: 'required' | 'preferred'; phrases?: readonly string[] }[];
  /** The phrases that named each skill in the resume, by canonical name. */
  resumePhrases: Readonly<Record<string, readonly string[]>>;
  /** The posting's groups of skills it offers only as alternatives ("AWS, GCP or Azure"), each one ask. */
  alternatives?: readonly (readonly string[])[];
  /** How many repeated multiword phrases of the posting to add beside its skills. */
  maxPhrases?: number;
}

/**
 * How many times the text uses any of the phrases, case-insensitively and at word boundaries. Overlapping uses
 * count once, the longest phrase winning, so "MS Excel" is one use and not also one of "Excel".
 */
export function countPhrases(text: string, phrases: readonly string[]): number {
  const spans: [number, number][] = [];
  for (const phrase of phrases) {
    if (!phrase.trim()) continue;
    for (const m of text.matchAll(phrasePattern(phrase, true))) spans.push([m.index, m.index + m[0].length]);
  }
  spans.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  const taken: [number, number][] = [];
  for (const [start, end] of spans)
    if (!taken.some(([s, e]) => start < e && s < end)) taken.push([start, end]);
  return taken.length;
}

function distinct(phrases: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const p of phrases) {
    const t = p.trim();
    if (t && !seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  }
  return [...seen.values()];
}

// Words that make a phrase boilerplate rather than a term: "you will", "years of experience", "the team".
const STOPWORDS = new Set(
  `a an the and or but nor of to in on at by for with from as into onto over under about across per via than then
  is are be been being was were will would should could can may might must shall do does did done have has had
  we you your yours our ours us they their them it its this that these those who whom which what where when why how
  i me my he she his her not no yes all any each every some more most other such own same so too very also just
  etc e g ie eg plus including include includes new well strong good great excellent able ability within
  year years experience experienced work working role roles job jobs team teams company position candidate
  candidates skills skill knowledge understanding opportunity opportunities day days week weeks time full part
  looking join help make using use used like based level levels related relevant required requirements preferred
  responsibilities responsible nice bonus benefits salary implement build design develop create manage lead support
  ensure maintain deliver drive own collaborate provide write deploy apply improve perform conduct identify`.split(
    /\s+/,
  ),
);

/**
 * Multiword phrases (two or three words) the posting uses at least twice, neither starting nor ending with a common
 * word, outside the words of `exclude`: the posting's own vocabulary that a skill list misses ("patient care",
 * "credit risk"). Most used first.
 */
export function repeatedPhrases(text: string, exclude: readonly string[], max: number): string[] {
  // The skills' own words are cut out first, so no phrase is a skill's fragment ("Learning Engineer").
  let rest = text;
  for (const phrase of [...exclude].sort((a, b) => b.length - a.length))
    if (phrase.trim()) rest = rest.replace(phrasePattern(phrase, true), '\n');
  const counts = new Map<string, { phrase: string; n: number }>();
  for (const piece of rest.split(/[\n.;:!?()•,·|/]+/)) {
    const words = piece.match(/[\p{L}][\p{L}\p{N}'+#-]*/gu) ?? [];
    for (let size = 2; size <= 3; size++)
      for (let i = 0; i + size <= words.length; i++) {
        const gram = words.slice(i, i + size);
        const lower = gram.map((w) => w.toLowerCase());
        if (STOPWORDS.has(lower[0]!) || STOPWORDS.has(lower[size - 1]!)) continue;
        if (lower.some((w) => w.length < 2)) continue;
        const key = lower.join(' ');
        const entry = counts.get(key) ?? { phrase: gram.join(' '), n: 0 };
        entry.n++;
        counts.set(key, entry);
      }
  }
  const repeated = [...counts.entries()]
    .filter(([, { n }]) => n >= 2)
    .sort(([a, x], [b, y]) => y.n - x.n || b.split(' ').length - a.split(' ').length || a.localeCompare(b));
  const chosen: string[] = [];
  for (const [key] of repeated) {
    if (chosen.length >= max) break;
    // A two-word phrase inside a chosen three-word one (or the reverse) says the same thing once.
    if (chosen.some((c) => ` ${c} `.includes(` ${key} `) || ` ${key} `.includes(` ${c} `))) continue;
    chosen.push(key);
  }
  return chosen.map((key) => counts.get(key)!.phrase);
}

const KIND_ORDER: Record<KeywordKind, number> = { required: 0, preferred: 1, phrase: 2 };

/**
 * The posting's skills (with every phrase either text used for them) and its repeated multiword phrases, each
 * counted in the posting and in the resume. Required skills first, then nice-to-haves, then phrases, each most
 * used first.
 */
export function keywordTable(input: KeywordInput): KeywordRow[] {
  const rows: KeywordRow[] = input.postingSkills.map((skill) => {
    const phrases = distinct([
      ...(skill.phrases ?? []),
      ...(input.resumePhrases[skill.name] ?? []),
      skill.name,
    ]);
    const inResume = countPhrases(input.resumeText, phrases);
    return {
      term: skill.name,
      kind: skill.level,
      phrases,
      inPosting: countPhrases(input.postingText, phrases),
      inResume,
      missing: inResume === 0,
    };
  });
  const used = new Set(rows.filter((r) => r.inResume > 0).map((r) => r.term));
  for (const group of input.alternatives ?? []) {
    const usedOnes = group.filter((name) => used.has(name));
    for (const row of rows) {
      if (!group.includes(row.term)) continue;
      row.alternatives = [...group];
      if (row.inResume === 0 && usedOnes.length) {
        row.usedInstead = usedOnes;
        row.missing = false;
      }
    }
  }
  const skillWords = rows.flatMap((r) => r.phrases);
  for (const phrase of repeatedPhrases(input.postingText, skillWords, input.maxPhrases ?? 8)) {
    const inResume = countPhrases(input.resumeText, [phrase]);
    rows.push({
      term: phrase,
      kind: 'phrase',
      phrases: [phrase],
      inPosting: countPhrases(input.postingText, [phrase]),
      inResume,
      missing: inResume === 0,
    });
  }
  return rows.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.inPosting - a.inPosting);
}

/**
 * How many asks of the given kind the resume misses, a group of alternatives counting once: "Accounting, Economics
 * or Finance" all unused is one missing ask, as the match's gaps say.
 */
export function missingAskCount(rows: readonly KeywordRow[], kind: KeywordKind): number {
  const asks = rows
    .filter((row) => row.missing && row.kind === kind)
    .map((row) => (row.alternatives ?? [row.term]).join('\u0000'));
  return new Set(asks).size;
}
