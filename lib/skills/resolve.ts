import {
  DEFAULT_AFTER,
  DEFAULT_BEFORE,
  NEAR_WINDOW,
  PHRASE_END_WORDS,
  ruleFor,
  SPOKEN_LANGUAGE_CUES,
  SPOKEN_LANGUAGE_WINDOW,
} from './context';
import { hobbyRanges, labelsList } from './asides';
import { mergeRanges, rangeLookup, ROLE_HEADS } from './blurb';
import type { Candidate } from './candidates';
import { Lines } from './lines';
import { skillAt, TECHNICAL_CATEGORIES } from './taxonomy';
import type { Token } from './tokenize';

// Context decisions: which candidates stand, given their case, the words around them, the lists they sit in and,
// for a form two skills share, the kind of skills nearby.

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
const MAX_LIST_GAP = 24;
const TAG_LINE_COVERAGE = 0.6;

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
  // "Reviewed pull requests for four teams.": a line that opens with a verb in the past is a sentence, however many of
  // its words name skills.
  const opensWithVerb = new Set<number>();
  tokens.forEach((t, i) => {
    const line = lines.startOf(t.start);
    if (i > 0 && lines.startOf(tokens[i - 1]!.start) === line) return;
    const next = tokens[i + 1];
    if (/^\p{Lu}\p{Ll}+ed$/u.test(t.raw) && next && /^\p{Ll}/u.test(next.raw)) opensWithVerb.add(line);
  });
  const out = new Set<number>();
  for (const [line, n] of covered) {
    if (opensWithVerb.has(line)) continue;
    if ((count.get(line) ?? 0) >= 2 && n / (words.get(line) ?? 1) >= TAG_LINE_COVERAGE) out.add(line);
  }
  return out;
}

function inList(a: Candidate, b: Candidate, text: string): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length > MAX_LIST_GAP) return false;
  return LIST_GAP.test(gap.replace(/\n/g, gap.split('\n').length <= 2 ? ' ' : '\u0000'));
}

/**
 * Between a degree and its subject on one line: "B.S. Finance", "Bachelor of Science: Finance", "MBA in Finance".
 * Shared with extract.ts, which marks such a subject.
 */
export const DEGREE_TO_SUBJECT = /^\.?[ \t]*(?:[:,–—-][ \t]*|(?:in|within|of)[ \t]+)?$/i;

/** "B.S. Finance", "MBA: Economics": a word right after a degree is the degree's subject, which names the field. */
function followsDegree(prev: Candidate | undefined, c: Candidate, text: string): boolean {
  if (!prev?.accepted || skillAt(prev.skill).category !== 'education') return false;
  return DEGREE_TO_SUBJECT.test(text.slice(prev.end, c.start));
}

function cueOk(c: Candidate, tokens: Token[], text: string): boolean {
  const rule = ruleFor(skillAt(c.skill).name);
  const prev = tokens[c.first - 1];
  const next = tokens[c.last + 1];
  const prevKey = prev && !prev.raw.includes('\n') ? prev.key : '';
  const nextKey = next?.key ?? '';
  if (rule.notBefore?.includes(prevKey) || rule.notAfter?.includes(nextKey)) return false;
  if (DEFAULT_AFTER.includes(nextKey) || !!rule.after?.includes(nextKey)) return true;
  if (!(rule.before ?? DEFAULT_BEFORE).includes(prevKey)) return false;
  // A broad word after a cue must end its phrase: "experience with web animation" is about animation.
  return (
    !rule.asHead ||
    !next ||
    PHRASE_END_WORDS.includes(nextKey) ||
    /[^\s]/.test(text.slice(tokens[c.last]!.end, next.start))
  );
}

/**
 * A word form ("audited", "reconciling") stands next to a word of the area of `skill` (the candidate's own, or
 * another sense of the same word) on the same line ("bank statements").
 */
function nearArea(c: Candidate, skill: number, tokens: Token[], lines: Lines): boolean {
  const near = ruleFor(skillAt(skill).name).near ?? [];
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

function vetoed(c: Candidate, tokens: Token[], text: string, starts?: ReadonlySet<number>): boolean {
  if (c.shouted) return true;
  const rule = ruleFor(skillAt(c.skill).name);
  // "go-getter", "C-level", "R-squared": a hyphenated compound is an ordinary word.
  if (text[c.end] === '-' || text[c.start - 1] === '-') return true;
  // "Segment:", "Access:": a label, not the tool.
  if (text[c.end] === ':') return true;
  const prev = tokens[c.first - 1]?.key ?? '';
  const next = tokens[c.last + 1]?.key ?? '';
  // "Excel and PowerPoint": a conjunction that joins another skill makes a list, not a verb phrase ("excel and grow").
  const joinsSkill = (next === 'and' || next === 'or') && !!starts?.has(c.last + 2);
  return !!rule.notBefore?.includes(prev) || (!!rule.notAfter?.includes(next) && !joinsSkill);
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

// "a tutoring app", "a recruitment platform", "recruitment videos", "store operations data": the subject of a product or of data, not a
// skill practised. Technical skills keep theirs ("a React app", "Kafka data").
const SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  'app',
  'apps',
  'platform',
  'platforms',
  'website',
  'websites',
  'site',
  'sites',
  'portal',
  'portals',
  'marketplace',
  'marketplaces',
  'startup',
  'startups',
  'chatbot',
  'game',
  'games',
  'data',
  'dataset',
  'datasets',
  'video',
  'videos',
  'film',
  'films',
  'brochure',
  'brochures',
  'poster',
  'posters',
  'flyer',
  'flyers',
]);

// Between two items of one short list on one line: "sales and store operations", "sales, marketing or finance".
const LIST_TO_SUBJECT = /^[ \t]*(?:,[ \t]*(?:and|or|&)?|and|or|&)[ \t]*$/;

function isSubject(c: Candidate, tokens: Token[], text: string): boolean {
  const next = tokens[c.last + 1];
  return (
    !!next &&
    SUBJECT_NOUNS.has(next.key) &&
    // "press releases, brochures": a list goes on to another item; the noun must follow in the same phrase.
    /^[ \t]+$/.test(text.slice(c.end, next.start)) &&
    !TECHNICAL_CATEGORIES.has(skillAt(c.skill).category)
  );
}

/** Decides which context-dependent matches stand, propagating through lists ("Word, Excel and PowerPoint"). */
export function resolve(candidates: Candidate[], tokens: Token[], text: string): Candidate[] {
  const lines = new Lines(text);
  const tags = tagLines(tokens, candidates, lines);
  // Where a skill other than a context form begins, so a list joined by "and" reads as one.
  const starts = new Set(candidates.filter((c) => c.caseOk && c.form.mode !== 'context').map((c) => c.first));
  for (const c of candidates) {
    const onTagLine = tags.has(lines.startOf(c.start)) && !lowerLetter(c, text);
    c.shouted = isShouted(c, text, lines);
    if (c.form.mode === 'plain') c.accepted = !plainVetoed(c, tokens);
    else if (c.form.mode === 'case') c.accepted = !c.shouted && (c.caseOk || onTagLine);
    else if (vetoed(c, tokens, text, starts)) c.accepted = false;
    else if (c.form.mode === 'word') {
      // A word two skills share as forms ("forecast": a seller's or a budget's) takes a sense whose own area is near;
      // the senses whose area is not near are no longer open to it. With none near, a tag line may still list it.
      const inArea = [c.form, ...c.senses.filter((f) => f.mode === 'word')].filter((f) =>
        nearArea(c, f.skill, tokens, lines),
      );
      if (inArea.length) {
        c.senses = [...inArea.slice(1), ...c.senses.filter((f) => f.mode !== 'word')];
        c.form = inArea[0]!;
        c.skill = c.form.skill;
      }
      c.accepted = inArea.length > 0 || (onTagLine && !ruleFor(skillAt(c.skill).name).nearOnly);
    } else c.accepted = (c.caseOk && cueOk(c, tokens, text)) || onTagLine;
  }
  acceptRuns(candidates, tokens, text);
  let changed = true;
  while (changed) {
    changed = false;
    candidates.forEach((c, k) => {
      if (
        c.accepted ||
        !c.caseOk ||
        c.form.mode === 'plain' ||
        c.form.mode === 'case' ||
        (c.form.mode === 'word' && ruleFor(skillAt(c.skill).name).nearOnly) ||
        vetoed(c, tokens, text, starts)
      )
        return;
      const prev = candidates[k - 1];
      const next = candidates[k + 1];
      if (headsGroup(prev, c, text)) return;
      if (next && modifiesNext(c, next, text)) return;
      if (
        (prev?.accepted && inList(prev, c, text)) ||
        (next?.accepted && inList(c, next, text)) ||
        bareListItem(c, candidates, text, lines) ||
        followsDegree(prev, c, text)
      ) {
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
  // "sales and store operations data": every field of a list the subject noun follows names the data's subject.
  const subjectOfList = (k: number): boolean => {
    let j = k;
    while (
      candidates[j + 1] &&
      LIST_TO_SUBJECT.test(text.slice(candidates[j]!.end, candidates[j + 1]!.start))
    )
      j++;
    return (
      j > k &&
      isSubject(candidates[j]!, tokens, text) &&
      !TECHNICAL_CATEGORIES.has(skillAt(candidates[k]!.skill).category)
    );
  };
  const accepted = candidates.filter(
    (c, k) =>
      c.accepted &&
      !isSubject(c, tokens, text) &&
      !subjectOfList(k) &&
      !isNameSuffix(c, candidates[k - 1], text) &&
      (skillAt(c.skill).category !== 'spoken-language' ||
        statedAsLanguage(c, tokens, text, lines) ||
        listed(k)),
  );
  chooseSenses(accepted, lines);
  const inHobbies = rangeLookup(mergeRanges(hobbyRanges(text)));
  return accepted.filter(
    (c) =>
      !labelsList(c, accepted, text, lines) &&
      !(inHobbies(c.start) && !TECHNICAL_CATEGORIES.has(skillAt(c.skill).category)),
  );
}

/** Commas a line needs to read as a list of items ("Credit, client, database, English, …"). */
const MIN_LIST_COMMAS = 4;

/** Lines either side of a line-per-item list entry that are looked at for other items. */
const LIST_LINES_AROUND = 3;

/**
 * An item of a list of skills whose other items are words the taxonomy may not know. On a line of comma-separated
 * items ("…, Regulatory Compliance, marketing, Excel, Exchange, money, …"), a form standing alone between commas,
 * with two or more skills on the line; in a list of one item a line ("Highlights" / "Relationship Building" /
 * "Networking" / "Strategic Planning"), a form that is its line's whole text, with skills on two or more of the
 * lines around it in the same block.
 */
function bareListItem(c: Candidate, candidates: Candidate[], text: string, lines: Lines): boolean {
  const [from, to] = lines.bounds(c.start);
  const before = text.slice(from, c.start).trimEnd();
  const after = text.slice(c.end, to).trimStart();
  const accepted = (start: number, end: number) =>
    candidates.some((o) => o !== c && o.accepted && o.start >= start && o.end <= end);
  if (before === '' && after === '') {
    let withSkills = 0;
    for (const step of [-1, 1]) {
      let [lineStart, lineEnd] = [from, to];
      for (let k = 0; k < LIST_LINES_AROUND; k++) {
        const at = step < 0 ? lineStart - 1 : lineEnd + 1;
        if (at < 0 || at >= text.length) break;
        [lineStart, lineEnd] = lines.bounds(step < 0 ? at - 1 : at);
        if (!text.slice(lineStart, lineEnd).trim()) break;
        if (accepted(lineStart, lineEnd)) withSkills++;
      }
    }
    return withSkills >= 2;
  }
  if (!(before === '' || /[,;:]$/.test(before)) || !(after === '' || /^[,;/]/.test(after))) return false;
  if ((text.slice(from, to).match(/,/g) ?? []).length < MIN_LIST_COMMAS) return false;
  return candidates.filter((o) => o !== c && o.accepted && o.start >= from && o.end <= to).length >= 2;
}

/**
 * "the Business, Finance, and FP&A Teams": a word for a group of people ("Teams") straight after a field, with only
 * a space between, is the head of "FP&A teams", not the next item of a list.
 */
function headsGroup(prev: Candidate | undefined, c: Candidate, text: string): boolean {
  if (!prev || !/^[ \t]+$/.test(text.slice(prev.end, c.start))) return false;
  return ROLE_HEADS.has(text.slice(c.start, c.end).toLowerCase());
}

/**
 * "JS" right after a library's name is part of that name ("Redux JS", "Vue JS"), not a separate mention of
 * JavaScript.
 */
function isNameSuffix(c: Candidate, prev: Candidate | undefined, text: string): boolean {
  if (!prev?.accepted || text.slice(c.start, c.end).toLowerCase() !== 'js') return false;
  return /^[ \t]*$/.test(text.slice(prev.end, c.start));
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

/** "c, English, Finance": a single lower-case letter is a stray initial or a list marker, not C or R. */
function lowerLetter(c: Candidate, text: string): boolean {
  return !c.caseOk && /^\p{Ll}$/u.test(text.slice(c.start, c.end));
}

/**
 * A run of skills separated only by list punctuation ("php go python javascript", "Technologies reactjs testing")
 * is a tool list: its case-restricted members count whatever their capitalisation.
 */
/**
 * "audit change management": a word form that runs straight on, after a space, into a skill of several words is a
 * modifier of that skill's phrase, not an item of a list ("accessibility usability and performance" still lists).
 */
function modifiesNext(c: Candidate, next: Candidate, text: string): boolean {
  return c.form.mode === 'word' && next.last > next.first && /^[ \t]+$/.test(text.slice(c.end, next.start));
}

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
      run.forEach((c, i) => {
        const modifies = i + 1 < run.length && modifiesNext(c, run[i + 1]!, text);
        if (!c.accepted && !modifies && !vetoed(c, tokens, text) && !lowerLetter(c, text)) c.accepted = true;
      });
    }
    from = k;
  }
}
