import { GROUP_NOUNS, mergeRanges, notAskedRanges, perkRanges, rangeLookup, ROLE_HEADS } from './blurb';
import {
  DEFAULT_AFTER,
  DEFAULT_BEFORE,
  NEAR_WINDOW,
  ruleFor,
  SPOKEN_LANGUAGE_CUES,
  SPOKEN_LANGUAGE_WINDOW,
} from './context';
import { levelLookup } from './levels';
import {
  partsOf,
  PRODUCT_CATEGORIES,
  skillAt,
  TECHNICAL_CATEGORIES,
  TRIE,
  type SkillForm,
  type TrieNode,
} from './taxonomy';
import { tokenize, type Token } from './tokenize';
import type { ExtractedSkill, SkillLevel } from './types';

interface Candidate {
  skill: number;
  form: SkillForm;
  first: number; // token indexes, inclusive
  last: number;
  start: number; // character offsets
  end: number;
  caseOk: boolean;
  /** Written in capitals though the form is not ("ADA" for Ada): an acronym, not the name. */
  shouted: boolean;
  accepted: boolean;
  /** Forms of other skills written the same way ("EMR": health records or Amazon EMR), chosen between by context. */
  senses: SkillForm[];
}

const EVIDENCE_CHARS = 200;
const MAX_TITLE_WORDS = 12;
/** More skills than this in one posting are not all asked for; see mostAsked. */
const MAX_POSTING_SKILLS = 30;
// Separators allowed between two items of a list of skills: punctuation and at most one joining word.
const LIST_GAP =
  /^[\s,;:/|&()[\]{}*•·+\-–]*(?:(?:and\/or|and|or|nor|&|as well as|e\.g\.?|i\.e\.?|incl\.?|including|such as|like|plus|etc\.?)[\s,;:/|&()[\]{}*•·+\-–]*)?$/i;
// Words that introduce a list of tools ("Technologies: ...", "Tech stack ...").
const LIST_LABELS = new Set([
  'technologies',
  'technology',
  'tools',
  'skills',
  'stack',
  'languages',
  'frameworks',
  'software',
  'platforms',
  'environment',
]);
const MIN_RUN = 3;
// Between members of a run that vouches for lower-case forms only spaces and list punctuation may appear.
const TIGHT_GAP = /^[\s,;/|·•]*$/;
// Inside a multi-word name only spaces, a hyphen or an apostrophe ("Master's") may separate the words: never a line
// break or a bracket.
const NAME_GAP = /^[ \t\u00a0\-–_'’ʼ]{0,3}$/;
const MAX_LIST_GAP = 24;
const TAG_LINE_COVERAGE = 0.6;

/**
 * Blanks URLs and e-mail addresses (keeping offsets) so their path words are not read as skills, and closes up
 * ". NET", as tokenised text writes .NET, without moving any offset.
 */
function maskLinks(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\w+/g, (m) => ' '.repeat(m.length))
    .replace(/(?<=^|[\s(/#])\. (?=NET\b)/g, ' .');
}

function isGlued(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** Rejects a match that is only part of a longer word-like unit: C in C++, R in R&D, Node in Node.js. */
function boundaryOk(tokens: Token[], text: string, first: number, last: number): boolean {
  const start = tokens[first]!;
  const end = tokens[last]!;
  const after = tokens[last + 1];
  const after2 = tokens[last + 2];
  if (isGlued(end, after)) {
    if (after!.key === '+' || after!.key === '#') return false;
    if (after!.key === '.' && isGlued(after, after2) && after2!.key.length <= 3) return false;
    if (after!.key === '&' && isGlued(after, after2)) return false;
  }
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  if (isGlued(before, start)) {
    if ((before!.key === '&' || before!.key === '.') && isGlued(before2, before)) return false;
  }
  const prevChar = text[start.start - 1];
  const nextChar = text[end.end];
  if (prevChar === '@' || prevChar === '_' || nextChar === '_' || nextChar === '@') return false;
  return true;
}

function walk(node: TrieNode, key: string): TrieNode | undefined {
  const child = node.next.get(key);
  if (child || node !== TRIE) return child;
  // "python3", "vue3": a trailing version number glued to a known single-word name.
  const bare = key.replace(/\d+$/, '');
  return bare !== key && bare.length >= 3 ? TRIE.next.get(bare) : undefined;
}

function findCandidates(tokens: Token[], text: string): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const ends: [number, TrieNode][] = [];
    let node: TrieNode | undefined = TRIE;
    for (let j = i; j < tokens.length && node; j++) {
      if (j > i && !NAME_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      node = walk(node, tokens[j]!.key);
      if (node?.forms.length) ends.push([j, node]);
    }
    let found: Candidate[] = [];
    for (let k = ends.length - 1; k >= 0 && !found.length; k--) {
      const [last, hit] = ends[k]!;
      if (!boundaryOk(tokens, text, i, last)) continue;
      const raw = tokens
        .slice(i, last + 1)
        .map((t) => t.raw)
        .join(' ');
      const form =
        hit.forms.find((f) => f.mode === 'plain' || f.mode === 'word' || f.raw === raw) ?? hit.forms[0]!;
      const caseOk = form.mode === 'plain' || form.mode === 'word' || form.raw === raw;
      // A slash pair names two skills at once: "AP/AR", "C/C++", "C#/.NET".
      const forms = form.mode === 'plain' ? hit.forms.filter((f) => f.mode === 'plain') : [form];
      const skills = new Set<number>();
      const chosen = forms.filter((f) => !skills.has(f.skill) && skills.add(f.skill));
      const senses =
        chosen.length === 1
          ? hit.forms.filter((f) => !skills.has(f.skill) && (f.mode === 'plain' || f.raw === raw))
          : [];
      found = chosen.map((f) => ({
          skill: f.skill,
          form: f,
          first: i,
          last,
          start: tokens[i]!.start,
          end: tokens[last]!.end,
          caseOk,
          shouted: false,
          accepted: false,
          senses,
        }));
    }
    if (found.length) {
      out.push(...found);
      i = found[0]!.last + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** Start and end offsets of each line, for binary search: a posting can be one 5,000-word line. */
class Lines {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  startOf(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return this.starts[lo]!;
  }
  bounds(at: number): [number, number] {
    const start = this.startOf(at);
    const nl = this.text.indexOf('\n', start);
    return [start, nl === -1 ? this.text.length : nl];
  }
}

/** Lines made mostly of skills ("docker agile selenium jenkins", "Python, R, SQL") read as tool lists. */
function tagLines(tokens: Token[], candidates: Candidate[], lines: Lines): Set<number> {
  const words = new Map<number, number>();
  const covered = new Map<number, number>();
  const count = new Map<number, number>();
  for (const t of tokens) {
    if (!/[\p{L}\p{N}]/u.test(t.key)) continue;
    const line = lines.startOf(t.start);
    words.set(line, (words.get(line) ?? 0) + 1);
  }
  for (const c of candidates) {
    const line = lines.startOf(c.start);
    const n =
      c.last -
      c.first +
      1 -
      tokens.slice(c.first, c.last + 1).filter((t) => !/[\p{L}\p{N}]/u.test(t.key)).length;
    covered.set(line, (covered.get(line) ?? 0) + n);
    count.set(line, (count.get(line) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [line, n] of covered) {
    if ((count.get(line) ?? 0) >= 2 && n / (words.get(line) ?? 1) >= TAG_LINE_COVERAGE) out.add(line);
  }
  return out;
}

function inList(a: Candidate, b: Candidate, text: string): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length > MAX_LIST_GAP) return false;
  return LIST_GAP.test(gap.replace(/\n/g, gap.split('\n').length <= 2 ? ' ' : '\u0000'));
}

function cueOk(c: Candidate, tokens: Token[]): boolean {
  const rule = ruleFor(skillAt(c.skill).name);
  const prev = tokens[c.first - 1];
  const next = tokens[c.last + 1];
  const prevKey = prev && !prev.raw.includes('\n') ? prev.key : '';
  const nextKey = next?.key ?? '';
  if (rule.notBefore?.includes(prevKey) || rule.notAfter?.includes(nextKey)) return false;
  return (
    (rule.before ?? DEFAULT_BEFORE).includes(prevKey) ||
    DEFAULT_AFTER.includes(nextKey) ||
    !!rule.after?.includes(nextKey)
  );
}

/** A word form ("audited", "reconciling") stands next to a word of its area on the same line ("bank statements"). */
function nearArea(c: Candidate, tokens: Token[], lines: Lines): boolean {
  const near = ruleFor(skillAt(c.skill).name).near ?? [];
  const [lineStart, lineEnd] = lines.bounds(c.start);
  const from = Math.max(0, c.first - NEAR_WINDOW);
  const to = Math.min(tokens.length, c.last + 1 + NEAR_WINDOW);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k >= c.first && k <= c.last) continue;
    if (t.start >= lineStart && t.end <= lineEnd && near.includes(t.key)) return true;
  }
  return false;
}

/**
 * A case-restricted name (Ada, Ruby) written in capitals on a line that is not itself in capitals: an acronym
 * ("ADA accommodations"), not the name.
 */
function isShouted(c: Candidate, text: string, lines: Lines): boolean {
  if (c.form.mode !== 'case' || !/\p{Ll}/u.test(c.form.raw)) return false;
  const raw = text.slice(c.start, c.end);
  if (/\p{Ll}/u.test(raw) || (raw.match(/\p{Lu}/gu) ?? []).length < 2) return false;
  const [from, to] = lines.bounds(c.start);
  const line = text.slice(from, to);
  const letters = line.replace(/[^\p{L}]/gu, '').length;
  return line.replace(/[^\p{Lu}]/gu, '').length < 0.8 * letters;
}

function vetoed(c: Candidate, tokens: Token[], text: string): boolean {
  if (c.shouted) return true;
  const rule = ruleFor(skillAt(c.skill).name);
  // "go-getter", "C-level", "R-squared": a hyphenated compound is an ordinary word.
  if (text[c.end] === '-' || text[c.start - 1] === '-') return true;
  // "Segment:", "Access:": a label, not the tool.
  if (text[c.end] === ':') return true;
  const prev = tokens[c.first - 1]?.key ?? '';
  const next = tokens[c.last + 1]?.key ?? '';
  return !!rule.notBefore?.includes(prev) || !!rule.notAfter?.includes(next);
}

/** A spoken language stands only next to words that state it as one: "fluent in", "bilingual", "Languages:". */
function statedAsLanguage(c: Candidate, tokens: Token[], text: string, lines: Lines): boolean {
  const [lineStart, lineEnd] = lines.bounds(c.start);
  const from = Math.max(0, c.first - SPOKEN_LANGUAGE_WINDOW.before);
  const to = Math.min(tokens.length, c.last + 1 + SPOKEN_LANGUAGE_WINDOW.after);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.start >= lineStart && t.end <= lineEnd && SPOKEN_LANGUAGE_CUES.has(t.key)) return true;
  }
  // A list under a "Languages" heading.
  const previous = lineStart > 0 ? text.slice(lines.startOf(lineStart - 1), lineStart - 1) : '';
  return /^\W*(languages?|language skills|spoken languages)\W*$/i.test(previous);
}

// "we are recruiting", "is hiring", "currently onboarding": a gerund after an auxiliary is the verb, not the skill.
const AUXILIARIES = new Set([
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  're',
  'currently',
  'actively',
  'still',
  'now',
]);

/** Plain forms are taken as written, except as a verb or where the skill's rule rules them out ("your onboarding"). */
function plainVetoed(c: Candidate, tokens: Token[]): boolean {
  const prev = tokens[c.first - 1]?.key ?? '';
  const next = tokens[c.last + 1]?.key ?? '';
  if (c.first === c.last && tokens[c.first]!.key.endsWith('ing') && AUXILIARIES.has(prev)) return true;
  const rule = ruleFor(skillAt(c.skill).name);
  return !!rule.everyForm && (!!rule.notBefore?.includes(prev) || !!rule.notAfter?.includes(next));
}

/** Decides which context-dependent matches stand, propagating through lists ("Word, Excel and PowerPoint"). */
function resolve(candidates: Candidate[], tokens: Token[], text: string): Candidate[] {
  const lines = new Lines(text);
  const tags = tagLines(tokens, candidates, lines);
  for (const c of candidates) {
    const onTagLine = tags.has(lines.startOf(c.start));
    c.shouted = isShouted(c, text, lines);
    if (c.form.mode === 'plain') c.accepted = !plainVetoed(c, tokens);
    else if (c.form.mode === 'case') c.accepted = !c.shouted && (c.caseOk || onTagLine);
    else if (vetoed(c, tokens, text)) c.accepted = false;
    else if (c.form.mode === 'word') c.accepted = nearArea(c, tokens, lines) || onTagLine;
    else c.accepted = (c.caseOk && cueOk(c, tokens)) || onTagLine;
  }
  acceptRuns(candidates, tokens, text);
  let changed = true;
  while (changed) {
    changed = false;
    candidates.forEach((c, k) => {
      if (c.accepted || !c.caseOk || c.form.mode === 'plain' || c.form.mode === 'case' || vetoed(c, tokens, text))
        return;
      const prev = candidates[k - 1];
      const next = candidates[k + 1];
      if ((prev?.accepted && inList(prev, c, text)) || (next?.accepted && inList(c, next, text))) {
        c.accepted = true;
        changed = true;
      }
    });
  }
  // A spoken language also stands in a list of other skills ("Customer Service, English, Greek").
  const listed = (k: number): boolean => {
    const c = candidates[k]!;
    const prev = candidates[k - 1];
    const next = candidates[k + 1];
    return (!!prev?.accepted && inList(prev, c, text)) || (!!next?.accepted && inList(c, next, text));
  };
  const accepted = candidates.filter(
    (c, k) =>
      c.accepted &&
      (skillAt(c.skill).category !== 'spoken-language' ||
        statedAsLanguage(c, tokens, text, lines) ||
        listed(k)),
  );
  chooseSenses(accepted, lines);
  return accepted;
}

const SENSE_WINDOW = 200;
const family = (skill: number) => {
  const category = skillAt(skill).category;
  return TECHNICAL_CATEGORIES.has(category) ? 'technical' : category;
};

/**
 * A form two skills share ("EMR") takes the sense whose kind of skill surrounds it: Amazon EMR among Snowflake,
 * Kafka and SageMaker, health records among Epic and HIPAA. Neighbours on the same line within SENSE_WINDOW
 * characters decide; when they are silent, the whole text does; when it is too, the first sense stands.
 */
function chooseSenses(accepted: Candidate[], lines: Lines): void {
  const plain = accepted.filter((c) => !c.senses.length);
  for (const c of accepted) {
    if (!c.senses.length) continue;
    const line = lines.startOf(c.start);
    const near = plain.filter(
      (o) => lines.startOf(o.start) === line && Math.abs(o.start - c.start) <= SENSE_WINDOW,
    );
    const options = [c.form, ...c.senses];
    const support = (pool: Candidate[]) =>
      options.map((f) => pool.filter((o) => family(o.skill) === family(f.skill)).length);
    let score = support(near);
    if (score.every((n) => n === 0)) score = support(plain);
    const best = score.indexOf(Math.max(...score));
    if (best > 0 && score[best]! > score[0]!) {
      c.form = options[best]!;
      c.skill = c.form.skill;
    }
  }
}

/**
 * A run of skills separated only by list punctuation ("php go python javascript", "Technologies reactjs testing")
 * is a tool list: its case-restricted members count whatever their capitalisation.
 */
function acceptRuns(candidates: Candidate[], tokens: Token[], text: string): void {
  let from = 0;
  for (let k = 1; k <= candidates.length; k++) {
    const prev = candidates[k - 1]!;
    const next = candidates[k];
    if (next && TIGHT_GAP.test(text.slice(prev.end, next.start)) && inList(prev, next, text)) continue;
    const run = candidates.slice(from, k);
    const label = tokens[run[0]!.first - 1]?.key ?? '';
    const anchored = run.some((c) => c.accepted);
    if (anchored && (run.length >= MIN_RUN || (run.length >= 2 && LIST_LABELS.has(label)))) {
      for (const c of run) if (!c.accepted && !vetoed(c, tokens, text)) c.accepted = true;
    }
    from = k;
  }
}

function evidenceAt(text: string, lines: Lines, start: number, end: number): string {
  const [ls, le] = lines.bounds(start);
  let from = ls;
  let to = le;
  if (to - from > EVIDENCE_CHARS) {
    const before = text.slice(ls, start);
    const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
    if (sentenceStart >= 0) from = ls + sentenceStart + 2;
    const rest = text.slice(end, le).search(/[.;!?](\s|$)/);
    if (rest >= 0) to = end + rest + 1;
  }
  if (to - from > EVIDENCE_CHARS) {
    from = Math.max(from, Math.min(start - 60, to - EVIDENCE_CHARS));
    to = Math.min(to, from + EVIDENCE_CHARS);
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/**
 * Finds the taxonomy's skills in a posting or resume, in order of first mention. In a posting each skill carries
 * `preferred` when every mention sits under a preferred-style heading or in a "... is a plus" sentence.
 */
export function extractSkills(text: string, opts: { kind?: 'posting' | 'resume' } = {}): ExtractedSkill[] {
  const masked = maskLinks(text);
  const tokens = tokenize(masked);
  let matches = resolve(findCandidates(tokens, masked), tokens, masked);
  if (opts.kind === 'posting') {
    // A skill named only in the company blurb, the benefits or the EEO text is not asked of the candidate, nor is
    // one named by an occupation ("our product managers", "Role: Data Scientist").
    const notAsked = rangeLookup(notAskedRanges(masked));
    const nearPerk = rangeLookup(mergeRanges(perkRanges(masked)));
    // A short first line is the title: the field it names ("Full Stack", "Software Engineering") is the job's name.
    const firstBreak = masked.indexOf('\n');
    const titleEnd = firstBreak !== -1 && masked.slice(0, firstBreak).split(/\s+/).length <= MAX_TITLE_WORDS ? firstBreak : 0;
    matches = matches.filter(
      (m) =>
        !m.form.role &&
        !notAsked(m.start) &&
        !(nearPerk(m.start) && !TECHNICAL_CATEGORIES.has(skillAt(m.skill).category)) &&
        !GROUP_NOUNS.has(tokens[m.last + 1]?.key ?? '') &&
        !namesRole(m, tokens) &&
        !(m.start < titleEnd && !PRODUCT_CATEGORIES.has(skillAt(m.skill).category)),
    );
  }
  const levelAt = opts.kind === 'posting' ? levelLookup(masked) : () => 'required' as SkillLevel;
  const lines = new Lines(text);
  const bySkill = new Map<number, ExtractedSkill>();
  const phraseKeys = new Map<number, Set<string>>();
  for (const m of matches) {
    const level = levelAt(m.start);
    const phrase = phraseAt(text, m.start, m.end);
    // Naming a suite ("MS Office") names each of its parts, by the suite's phrase.
    for (const skill of [m.skill, ...partsOf(m.skill)]) {
      const keys = phraseKeys.get(skill) ?? new Set<string>();
      phraseKeys.set(skill, keys);
      const seen = bySkill.get(skill);
      if (seen) {
        seen.mentions++;
        if (level === 'required') seen.level = 'required';
        if (!keys.has(phrase.toLowerCase())) seen.phrases.push(phrase);
      } else {
        const entry = skillAt(skill);
        bySkill.set(skill, {
          name: entry.name,
          category: entry.category,
          level,
          mentions: 1,
          evidence: evidenceAt(text, lines, m.start, m.end),
          phrases: [phrase],
        });
      }
      keys.add(phrase.toLowerCase());
    }
  }
  const skills = [...bySkill.values()];
  return opts.kind === 'posting' ? mostAsked(skills, MAX_POSTING_SKILLS) : skills;
}

/**
 * At most `limit` skills, in their order: a posting that names more asks for some only in passing, so those kept are
 * the required ones before the preferred, then the most mentioned, then products and tools before broad fields.
 */
function mostAsked(skills: ExtractedSkill[], limit: number): ExtractedSkill[] {
  if (skills.length <= limit) return skills;
  const weight = (s: ExtractedSkill) =>
    0;
  const kept = new Set(
    skills
      .map((s, i) => ({ s, i }))
      .sort((a, b) => weight(b.s) - weight(a.s) || a.i - b.i)
      .slice(0, limit)
      .map(({ s }) => s),
  );
  return skills.filter((s) => kept.has(s));
}

/**
 * "Backend Engineers", "our Software Engineering Group", "a PhD scholarship": a field or practice at the head of a
 * role, a team or a post. Products keep their mention ("Java developer"), and so do spoken languages.
 */
function namesRole(m: Candidate, tokens: Token[]): boolean {
  const category = skillAt(m.skill).category;
  if (PRODUCT_CATEGORIES.has(category) || category === 'spoken-language') return false;
  const next = tokens[m.last + 1]?.key ?? '';
  const after = tokens[m.last + 2]?.key ?? '';
  return ROLE_HEADS.has(next) || (ROLE_MODIFIERS.has(next) && ROLE_HEADS.has(after));
}
// Words between a field and the head of a role: "Full Stack Software Engineer", "Backend Engineering team".
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(['software', 'web', 'engineering', 'development']);

/** The words that named a skill, as written, with runs of whitespace closed up. */
function phraseAt(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\s+/g, ' ');
}

/**
 * Where skills are mentioned in a text: canonical name, category, the phrase as written and character offsets into
 * `text`, in text order.
 */
export function findSkillMentions(
  text: string,
): { name: string; category: string; phrase: string; start: number; end: number }[] {
  const masked = maskLinks(text);
  const tokens = tokenize(masked);
  return resolve(findCandidates(tokens, masked), tokens, masked).map((m) => ({
    name: skillAt(m.skill).name,
    category: skillAt(m.skill).category,
    phrase: phraseAt(text, m.start, m.end),
    start: m.start,
    end: m.end,
  }));
}
