import {
  GROUP_NOUNS,
  mergeRanges,
  notAskedRanges,
  perkRanges,
  soldRanges,
  rangeLookup,
  ROLE_HEADS,
  teamRanges,
} from './blurb';
import { findCandidates, maskLinks, type Candidate } from './candidates';
import { levelLookup } from './levels';
import { continuesLine, isLabel, Lines } from './lines';
import { DEGREE_TO_SUBJECT, resolve } from './resolve';
import { partsOf, PRODUCT_CATEGORIES, skillAt, TECHNICAL_CATEGORIES } from './taxonomy';
import { tokenize, type Token } from './tokenize';
import type { ExtractedSkill, SkillLevel } from './types';

const EVIDENCE_CHARS = 200;
/** A whole sentence up to this long is quoted whole rather than cut to EVIDENCE_CHARS. */
const MAX_EVIDENCE_CHARS = 320;
/**
 * A resume's objective ("To obtain a challenging position … to further my career in accounting", "Seeking a role in
 * data analysis"): what the person wants, not what they have done. It names a skill but shows no work with it, so a
 * later sentence that names the skill is its evidence instead.
 */
const WISH =
  /^\W*(?:(?:career |professional )?objective\b|to (?:obtain|secure|find|gain|join|pursue|seek|acquire|land|get|work|build|grow|further|utili[sz]e|apply|use|contribute|become|start|continue)\b|(?:i am |i'm )?(?:seeking|looking for|in search of)\b|(?:i )?(?:would like|wish|hope|aspire) to\b)/i;
/** A line that names a degree ("B.S. Accounting, University of Illinois, 2017", "Master of Science in Finance"). */
export function isDegreeLine(text: string): boolean {
  return DEGREE_LINE.test(text);
}
const DEGREE_LINE =
  /\b(?:B\.\s?[AS]\.?|M\.\s?[AS]\.?|BSc|MSc|MBA|Ph\.?\s?D|Bachelor(?:'s|s)?|Master(?:'s|s)?|Associate(?:'s)? (?:degree|of)|Diploma|Doctorate)(?=[\s,.:;)]|$)/;

// "PhD cleanroom expert looking for an opportunity to work as…": a wish for a position anywhere in the sentence.
const WISH_FOR_POSITION =
  /\b(?:seek(?:s|ing)?|looking for|in search of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:opportunit(?:y|ies)|positions?|roles?|jobs?|career|employment|internships?)\b/i;
// "Screened candidates seeking positions in IT": other people's wish, which a recruiter's work line tells of.
const OTHERS_SEEKING =
  /\b(?:candidates|applicants|employees|students|clients|customers|members|veterans|graduates|people|individuals|workers|residents|participants|those|who|job ?seekers)(?:\s+(?:are|were|actively|currently))*\s+$/i;

/** The writer's own wish for a position, anywhere in the text: not other people's ("candidates seeking jobs"). */
function wishesForPosition(text: string): boolean {
  const m = WISH_FOR_POSITION.exec(text);
  return !!m && !OTHERS_SEEKING.test(text.slice(0, m.index));
}

/** An objective: a line that opens as one ("Seeking…", "To obtain…"), or the writer's own wish for a position. */
export function isWish(text: string): boolean {
  return WISH.test(text) || wishesForPosition(text);
}
/** A first line of at most this many words is the posting's title. */
const MAX_TITLE_WORDS = 12;

/** Whether a line break at `at` sits inside a sentence, as a PDF wraps one (see continuesLine). */
function wrapsAt(text: string, at: number): boolean {
  // The ends that decide it, not whole lines: a posting can be one 5,000-word line.
  const prevStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 40);
  const nextEnd = text.indexOf('\n', at + 1);
  return continuesLine(
    text.slice(prevStart, at),
    text.slice(at + 1, Math.min(nextEnd === -1 ? text.length : nextEnd, at + 40)),
  );
}

/**
 * Where an item starts whose bullet a PDF lost: a word in lower case, then a capitalised past-tense verb with its
 * object in lower case ("sales force Automated headcount reporting"; not "as a Registered Nurse").
 */
const BULLET_LOST = /(?<=(?:^|\s)[a-z]+,?) (?=[A-Z][a-z]+ed [a-z])/g;

function lastMatchEnd(text: string, re: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index + m[0].length;
  return at;
}

function evidenceAt(text: string, lines: Lines, start: number, end: number): string {
  let [from, to] = lines.bounds(start);
  // A sentence wrapped over lines is quoted whole, as far as the length allows.
  while (from > 0 && start - from < MAX_EVIDENCE_CHARS && wrapsAt(text, from - 1))
    from = lines.startOf(from - 1);
  while (to < text.length && to - end < MAX_EVIDENCE_CHARS && wrapsAt(text, to)) to = lines.bounds(to + 1)[1];
  if (to - from > EVIDENCE_CHARS) {
    // The sentence that holds the mention.
    const before = text.slice(from, start);
    const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
    // A PDF that lost a list's bullets runs its items on: "…commissions to sales force Automated headcount reporting".
    const itemStart = lastMatchEnd(before, BULLET_LOST);
    if (itemStart > sentenceStart + 2) from += itemStart;
    else if (sentenceStart >= 0) from += sentenceStart + 2;
    const rest = text.slice(end, to).search(/[.;!?](\s|$)/);
    if (rest >= 0) to = end + rest + 1;
  }
  if (to - from > MAX_EVIDENCE_CHARS) {
    // Still too long: a window around the mention, cut between words.
    const windowFrom = Math.max(from, Math.min(start - 60, to - EVIDENCE_CHARS));
    const windowTo = Math.min(to, windowFrom + EVIDENCE_CHARS);
    const space = text.lastIndexOf(' ', windowFrom);
    from = windowFrom > from && space >= from && space < start ? space + 1 : windowFrom;
    const nextSpace = text.indexOf(' ', windowTo);
    to =
      windowTo < to && nextSpace !== -1 && nextSpace <= to && nextSpace - windowTo < 30
        ? nextSpace
        : windowTo;
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

// "Willing to take up additional certifications such as PHR", "planning to obtain the CPA": what a resume hopes for is
// not held. The range runs from the phrase to the end of its sentence.
const HOPED_FOR =
  /\b(?:willing to (?:take(?: up)?|obtain|pursue|learn|acquire|earn|get)|plan(?:ning)? to (?:take|obtain|pursue|earn|get|learn)|intend(?:ing)? to (?:take|obtain|pursue|earn|get|learn)|hop(?:e|ing) to (?:take|obtain|pursue|earn|get|learn))\b/gi;

function hopedForRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(HOPED_FOR)) {
    const rest = text.slice(m.index, m.index + 300);
    const end = rest.search(/[.;!?](?:\s|$)|\n/);
    out.push([m.index, m.index + (end === -1 ? rest.length : end)]);
  }
  return out;
}

// A project's name in a resume: a short line ("Occupational Therapy:") whose next line opens its description. ("Project:
// Occupational Therapy outcomes study" may name the person's own field, so a "Project:" line alone says nothing.)
const NAME_BEFORE_DESCRIPTION =
  /^[ \t]*((?:[^\s:]+[ \t]+){0,5}[^\s:]+)[ \t]*:[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:project[ \t]+)?description\b/gim;
// What a product does ("This project is all about requesting, scheduling the tutoring sessions", "The application
// helps clinics…"), said of the project, not of the person: it runs to the end of its paragraph or the next label.
const ABOUT_PRODUCT =
  /(?:^|[.!?]\s+|\n)\s*((?:this|the|our)\s+(?:project|application|app|system|tool|website|web site|portal|platform|product|software|module|solution)\b(?:\s+[\w-]+){0,3}?\s+(?:is|was|aims|helps|allows|lets|enables|provides|handles|manages|tracks|deals)\b|the\s+(?:goal|aim|purpose|objective)\s+of\s+(?:the|this)\s+(?:project|application|app|system|tool))/gi;
/** The most of a paragraph about a product read as such: a PDF's text may have no blank line to end it. */
const ABOUT_PRODUCT_CHARS = 600;

/**
 * The parts of a resume that describe a product the person built rather than the person: a project's name and what
 * the project is about. A healthcare, teaching or finance word there ("Occupational Therapy:", "scheduling the
 * tutoring sessions") is the product's domain, not a skill of a .NET developer; the technologies stay theirs.
 */
function productRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(NAME_BEFORE_DESCRIPTION)) {
    const start = m.index + m[0].indexOf(m[1]!);
    out.push([start, start + m[1]!.length]);
  }
  for (const m of text.matchAll(ABOUT_PRODUCT)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const rest = text.slice(start, start + ABOUT_PRODUCT_CHARS);
    const end = rest.search(/\n[ \t]*\n|\n[^\n]{0,40}:[ \t]*(?:\n|$)/);
    out.push([start, start + (end === -1 ? rest.length : end)]);
  }
  return out;
}

/**
 * Finds the taxonomy's skills in a posting or resume, in order of first mention. In a posting each skill carries
 * `preferred` when every mention sits under a preferred-style heading or in a "... is a plus" sentence.
 */
export function extractSkills(text: string, opts: { kind?: 'posting' | 'resume' } = {}): ExtractedSkill[] {
  const masked = maskLinks(text);
  const tokens = tokenize(masked);
  let matches = resolve(findCandidates(tokens, masked), tokens, masked);
  if (opts.kind === 'posting') matches = askedInPosting(matches, tokens, masked);
  matches = matches.filter((m, i) => !restatesDegree(masked, matches[i - 1], m));
  matches = withoutOtherAcronyms(masked, matches);
  matches = matches.filter((m, i) => !inInstitutionName(masked, tokens, matches[i - 1], m));
  // Offsets are the same in the text and its masked copy, so one index of lines serves both.
  const lines = new Lines(text);
  if (opts.kind === 'resume') {
    const hoped = rangeLookup(mergeRanges(hopedForRanges(masked)));
    const aboutProduct = rangeLookup(mergeRanges(productRanges(masked)));
    matches = matches.filter(
      (m, i) =>
        !endsCompanyName(masked, lines, m, matches[i - 1]) &&
        !hoped(m.start) &&
        !(aboutProduct(m.start) && !TECHNICAL_CATEGORIES.has(skillAt(m.skill).category)) &&
        !namesOthers(masked, m) &&
        !namesWhomReportedTo(masked, m) &&
        !namesOtherTeam(masked, m) &&
        !namesAnotherRole(masked, tokens, m) &&
        !namesWishedRole(masked, m),
    );
  }
  matches = matches.filter((m) => !namesSomethingElse(masked, m));
  const levelAt = opts.kind === 'posting' ? levelLookup(masked) : () => 'required' as SkillLevel;
  const bySkill = new Map<number, ExtractedSkill>();
  const phraseKeys = new Map<number, Set<string>>();
  const folded = opts.kind === 'posting' ? partsListedWithSuite(masked, matches) : new Map<number, number>();
  const subjects = degreeSubjects(masked, matches, opts.kind);
  /** Skills with a mention that is not a degree's subject. */
  const namedApart = new Set<number>();
  for (const [i, m] of matches.entries()) {
    if (!subjects.has(i)) namedApart.add(folded.get(i) ?? m.skill);
    const level = levelAt(m.start);
    const [phrase = phraseAt(text, m.start, m.end), ...morePhrases] =
      skillAt(m.skill).category === 'education' ? degreePhrases(text, matches, i) : [];
    // A resume naming a suite ("MS Office") names each of its parts, by the suite's phrase. A posting asking for the
    // suite asks for the suite, which any of its parts meets: not for each part, which would be four gaps for one ask.
    // Its parts listed as examples of it ("MS Office suite (Outlook, Excel, Word)") are phrases of that one ask.
    const parts = opts.kind === 'posting' ? [] : partsOf(m.skill);
    for (const skill of [folded.get(i) ?? m.skill, ...parts]) {
      const keys = phraseKeys.get(skill) ?? new Set<string>();
      phraseKeys.set(skill, keys);
      const seen = bySkill.get(skill);
      if (seen) {
        seen.mentions++;
        if (level === 'required') seen.level = 'required';
        if (!keys.has(phrase.toLowerCase())) seen.phrases.push(phrase);
        // A heading or a label ("BUSINESS DEVELOPMENT") shows nothing, and an objective only what is wished for; the
        // first sentence that names the skill does. A degree's own line ("Ph. D : Mechanical Engineering, 2015") shows
        // the degree better than an objective that mentions it.
        const wished = isWish(seen.evidence);
        if (wished || isLabel(seen.evidence)) {
          const sentence = evidenceAt(text, lines, m.start, m.end);
          const degreeLine = wished && skillAt(skill).category === 'education' && isDegreeLine(sentence);
          if ((!isLabel(sentence) || degreeLine) && !isWish(sentence)) seen.evidence = sentence;
        }
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
      for (const more of morePhrases) {
        if (keys.has(more.toLowerCase())) continue;
        bySkill.get(skill)!.phrases.push(more);
        keys.add(more.toLowerCase());
      }
    }
  }
  for (const [skill, found] of bySkill) if (!namedApart.has(skill)) found.subject = true;
  return [...bySkill.values()];
}

/**
 * The mentions that are a degree's subject, by index into `matches`: the field right after a degree and the others
 * listed with it ("Bachelor's degree in Accounting, Economics, or Finance", "Associate of Arts: Early Childhood
 * Education/English"). They name what was studied, not a skill used.
 */
function degreeSubjects(
  text: string,
  matches: readonly Candidate[],
  kind: 'posting' | 'resume' | undefined,
): Set<number> {
  const out = new Set<number>();
  const isEducation = (c: Candidate | undefined) => !!c && skillAt(c.skill).category === 'education';
  // A field or area of knowledge, not a product; a branch of engineering is one whatever its category ("Electronics
  // Engineering").
  const isSubject = (c: Candidate | undefined) =>
    !!c &&
    !isEducation(c) &&
    (!PRODUCT_CATEGORIES.has(skillAt(c.skill).category) ||
      /\bengineering$/i.test(text.slice(c.start, c.end)));
  for (const [i, m] of matches.entries()) {
    if (!isEducation(m) || isEducation(matches[i + 1])) continue;
    let end = m.end + (DEGREE_WORD.exec(text.slice(m.end, m.end + 20))?.[0].length ?? 0);
    let next = i + 1;
    const gap = text.slice(end, matches[next]?.start ?? end);
    if (
      !isSubject(matches[next]) ||
      !(
        DEGREE_TO_SUBJECT.test(gap) ||
        (kind === 'resume' && DEGREE_TO_NAMED_SUBJECT.test(gap)) ||
        (ENDS_IN_SUBJECT_WORD.test(text.slice(m.start, m.end)) && /^\s+$/.test(gap))
      ) ||
      gap.includes('\n')
    )
      continue;
    out.add(next);
    end = matches[next]!.end;
    while (isSubject(matches[next + 1]) && SUBJECT_JOIN.test(text.slice(end, matches[next + 1]!.start))) {
      next++;
      out.add(next);
      end = matches[next]!.end;
    }
  }
  // A resume template names the major again on the degree's line, after the school ("BS Degree : Electrical
  // Engineering University of TN - City , State Electrical Engineering").
  for (const j of [...out]) {
    for (let k = j + 1; k < matches.length; k++) {
      if (text.slice(matches[j]!.end, matches[k]!.start).includes('\n')) break;
      if (matches[k]!.skill === matches[j]!.skill) out.add(k);
    }
  }
  return out;
}

// Between a suite and the first of its parts listed after it: "suite (", ": ", ", including ", "such as".
const SUITE_EXAMPLES =
  /^\s*(?:suite|tools|applications|apps|programs|products|package)?\s*(?:\(|:|-|,|including|such as|e\.g\.?|eg\.?|like|especially|particularly|namely)[\s,(:]*(?:(?:including|such as|e\.g\.?|like)\s*)?$/i;
// Between two listed parts: ", ", " and ", "/", " & ".
const LIST_JOIN = /^[\s,/&]*(?:(?:and|or)\s*)?$/i;

/**
 * A posting's mentions of a suite's parts listed right after the suite as its examples ("Microsoft Office suite
 * (Outlook, Excel, Word, PowerPoint, etc.)"), by index into `matches`, with the suite's mention they belong to.
 */
function partsListedWithSuite(text: string, matches: readonly Candidate[]): Map<number, number> {
  const folded = new Map<number, number>();
  for (const [s, suite] of matches.entries()) {
    const parts = new Set(partsOf(suite.skill));
    if (!parts.size) continue;
    let end = suite.end;
    let join = SUITE_EXAMPLES;
    for (let p = s + 1; p < matches.length && parts.has(matches[p]!.skill); p++) {
      if (!join.test(text.slice(end, matches[p]!.start))) break;
      folded.set(p, suite.skill);
      end = matches[p]!.end;
      join = LIST_JOIN;
    }
  }
  return folded;
}

// A name that ends in a result to reach: "sales targets", "sales quotas".
const OUTCOME = /\b(?:targets?|quotas?|goals?)$/i;

/**
 * The mentions of a posting that ask something of the candidate. Not those in the company blurb, the benefits, the
 * pay or the application notes; not the skills of daily life next to a perk ("free yoga classes"); not a skill named
 * by an occupation ("our product managers") or at the head of a role or team ("Backend Engineers"); not a group of
 * people ("merchandising leadership"); not a result to reach ("meet sales targets"), which a resume's "met sales
 * targets" shows but which a posting asks of the work, not as a skill; and not a field the title names, which is the
 * job's own name.
 */
function askedInPosting(matches: Candidate[], tokens: Token[], text: string): Candidate[] {
  const notAsked = rangeLookup(notAskedRanges(text));
  const nearPerk = rangeLookup(mergeRanges(perkRanges(text)));
  const aboutTeam = rangeLookup(mergeRanges(teamRanges(text)));
  const sold = rangeLookup(mergeRanges(soldRanges(text)));
  const titleEnd = headerEnd(text);
  const company = headerNames(text, titleEnd);
  return matches.filter((m) => {
    const category = skillAt(m.skill).category;
    return (
      !m.form.role &&
      !company.has(text.slice(m.start, m.end).toLowerCase()) &&
      !notAsked(m.start) &&
      !((nearPerk(m.start) || aboutTeam(m.start)) && !TECHNICAL_CATEGORIES.has(category)) &&
      !(sold(m.start) && BUYERS_PRACTICE.has(category)) &&
      // "Global Finance & Business Management works to …": a field named with capitals about the team is its name.
      !(aboutTeam(m.start) && category === 'field' && /^[A-Z]/.test(text.slice(m.start, m.start + 1))) &&
      !GROUP_NOUNS.has(tokens[m.last + 1]?.key ?? '') &&
      !servesGroup(m, tokens) &&
      !namesRole(m, tokens) &&
      !(namesDepartment(m, text) && !PRODUCT_CATEGORIES.has(category)) &&
      !(m.start < titleEnd && !PRODUCT_CATEGORIES.has(category)) &&
      !OUTCOME.test(text.slice(m.start, m.end))
    );
  });
}

/**
 * "dashboards for store operations and merchandising leadership": after "for" or "to", a field joined to another that
 * a word for a group of people heads names whom the work serves, not a skill asked ("experience in Sales and
 * Marketing teams" still asks for the fields).
 */
function servesGroup(m: Candidate, tokens: Token[]): boolean {
  const before = tokens[m.first - 1]?.key ?? '';
  if (before !== 'for' && before !== 'to') return false;
  const join = tokens[m.last + 1]?.key ?? '';
  if (join !== 'and' && join !== 'or' && join !== '&') return false;
  return [m.last + 2, m.last + 3].some((k) => GROUP_NOUNS.has(tokens[k]?.key ?? ''));
}

/**
 * Practices a job's product serves rather than skills of its seller: "selling Robotic Assisted Surgery systems" asks no
 * surgery of a sales specialist. Industries, products and sales skills named there stay asked.
 */
const BUYERS_PRACTICE: ReadonlySet<string> = new Set([
  'healthcare',
  'engineering',
  'science',
  'skilled-trades',
  'construction',
  'agriculture',
  'fitness',
  'teaching',
  'hospitality',
  'aviation',
  'legal',
  'personal-services',
  'environment',
  'health-and-safety',
  'public-safety',
]);

/** Words a line of a posting's header (its company, its place) may have. */
const MAX_HEADER_LINE_WORDS = 6;

/**
 * The lines under a posting's title, in lower case ("flipkart"): the company and the place. The company's name names
 * no skill asked for, under the title or in the body ("come onto the Flipkart programs" asks for no e-commerce).
 */
function headerNames(text: string, titleEnd: number): Set<string> {
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || titleEnd <= firstBreak) return new Set();
  return new Set(
    text
      .slice(firstBreak + 1, titleEnd)
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * Where a posting's header ends: its first line when short enough to be a title, and the short capitalised lines
 * right under it before any blank line ("Hindustan Recruitment", "Pune, Maharashtra"): the company and the place,
 * whose words name no skill asked for. 0 when the first line is no title.
 */
function headerEnd(text: string): number {
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || text.slice(0, firstBreak).split(/\s+/).length > MAX_TITLE_WORDS) return 0;
  let end = firstBreak;
  for (;;) {
    const next = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, next === -1 ? text.length : next).trim();
    const words = line.split(/\s+/);
    if (!line || words.length > MAX_HEADER_LINE_WORDS || !words.every((w) => /^[\p{Lu}\d&(,.-]/u.test(w)))
      return end;
    if (next === -1) return text.length;
    end = next;
  }
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
  return (
    ROLE_HEADS.has(next) ||
    (ROLE_MODIFIERS.has(next) && ROLE_HEADS.has(after)) ||
    inCapitalisedTitle(m, tokens)
  );
}

/** Capitalised words a job title may run on for after a field it names ("Robotics Capital Sales Specialist"). */
const MAX_TITLE_RUN = 4;

/**
 * "The Surgical Robotics Capital Sales Specialist will…": a capitalised field followed by capitalised words that end
 * in the head of a role is part of a job title, however many words sit between.
 */
function inCapitalisedTitle(m: Candidate, tokens: Token[]): boolean {
  return capitalisedRunEndsIn(m, tokens, (t) => ROLE_HEADS.has(t.key));
}

/**
 * Whether a capitalised mention runs on, in capitalised words one character apart, to a word `isHead` accepts within
 * MAX_TITLE_RUN words: the name of a role ("… Capital Sales Specialist") or of a school ("Triton College").
 */
function capitalisedRunEndsIn(m: Candidate, tokens: Token[], isHead: (t: Token) => boolean): boolean {
  const capitalised = (t: Token | undefined): t is Token => !!t && /^\p{Lu}/u.test(t.raw);
  if (!capitalised(tokens[m.first])) return false;
  for (let i = m.last + 1; i <= m.last + MAX_TITLE_RUN; i++) {
    const t = tokens[i];
    if (!capitalised(t) || t.start - tokens[i - 1]!.end > 1) return false;
    if (isHead(t)) return true;
  }
  return false;
}

// People named by their occupation, whose plural in a resume is other people ("Managed a team of nurse practitioners").
const PERSON_NOUNS =
  /(?:nurse|practitioner|assistant|aide|technician|therapist|physician|pharmacist|paramedic|hygienist|caregiver|tutor|teacher|cashier|teller|paralegal|accountant|bookkeeper|underwriter|scientist|analyst|architect|engineer|developer|administrator|coordinator|representative|worker|trainer|designer|manager|owner)s$/i;

/**
 * "Managed a clinical team of physicians and nurse practitioners", "mentored two data scientists": a resume naming an
 * occupation in the plural names the people its holder worked with or led, not the holder's own skill.
 */
function namesOthers(text: string, m: Candidate): boolean {
  return PERSON_NOUNS.test(text.slice(m.start, m.end));
}

const REPORTED_TO = /\breport(?:ed|ing|s)?\s+(?:directly\s+)?to\b[^.;:!?\n]{0,80}$/i;

/**
 * "Reported to Vice President, Patient Care Services": a capitalised name after "reported to" is a boss's title or
 * department, not the holder's skill. Products keep their mention.
 */
function namesWhomReportedTo(text: string, m: Candidate): boolean {
  if (!/^[A-Z]/.test(text.slice(m.start, m.start + 1))) return false;
  if (PRODUCT_CATEGORIES.has(skillAt(m.skill).category)) return false;
  return REPORTED_TO.test(text.slice(Math.max(0, m.start - 120), m.start));
}

const SOMEONE_ELSES =
  /\b(?:to|for|with|by|from|under)\s+(?:the|our|their|his|her|my)\s+(?:[A-Z][\w&'’-]*\s+){0,3}$/;

/**
 * "submitted transcript requests to the Systems Administrator", "prepared reports for the Finance Manager": a
 * capitalised role that "the" makes one particular person, after "to", "for", "with" or "by", is someone else's role,
 * not the holder's skill ("Served as the Quality Assurance Auditor" stays the holder's). Products keep their mention.
 */
function namesAnotherRole(text: string, tokens: Token[], m: Candidate): boolean {
  if (!/^[A-Z]/.test(text.slice(m.start, m.start + 1))) return false;
  // A role's own name ("Systems Administrator"), or a practice at the head of a role ("the Finance Manager").
  const role =
    m.form.role === true ||
    (!PRODUCT_CATEGORIES.has(skillAt(m.skill).category) &&
      (ROLE_HEADS.has(tokens[m.last]!.key) || capitalisedRunEndsIn(m, tokens, (t) => ROLE_HEADS.has(t.key))));
  return role && SOMEONE_ELSES.test(text.slice(Math.max(0, m.start - 80), m.start));
}

// "…used by the underwriting team", "with the sales, marketing and support teams": a field that, with the items listed
// beside it, names a group of people after "to/for/with/by… the".
const OTHER_TEAM_BEFORE =
  /\b(?:to|for|with|by|from|under|across|supporting|alongside|between)\s+(?:the|our|their|other|its|several|multiple)\s+(?:[\w&'’-]+(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*))*$/i;
const TEAM_AFTER =
  /^(?:\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)[\w&'’-]+)*\s+(?:teams?|departments?|groups?|staff|leadership|leaders|functions?|organi[sz]ations?)\b/i;

/**
 * "Served a model through a FastAPI service used by the underwriting team", "Collaborated with the sales, marketing and
 * support teams": on a resume, a field naming the team someone worked for or beside is theirs, not the holder's skill
 * ("Led the underwriting team" stays the holder's). Products keep their mention ("with the Salesforce team").
 */
function namesOtherTeam(text: string, m: Candidate): boolean {
  if (PRODUCT_CATEGORIES.has(skillAt(m.skill).category)) return false;
  return (
    TEAM_AFTER.test(text.slice(m.end, m.end + 80)) &&
    OTHER_TEAM_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))
  );
}

/**
 * "PhD cleanroom expert looking for an opportunity to work as a full-time process engineer", "Seeking the position of
 * Commercial Underwriter II": an occupation named in its sentence's wish for a position (WISH_FOR_POSITION) is the job
 * hoped for, not one the holder has done; so is one after other people's wish ("placed candidates seeking roles as
 * Registered Nurses"). The words before the wish ("PhD cleanroom expert") stay the holder's.
 */
function namesWishedRole(text: string, m: Candidate): boolean {
  if (m.form.role !== true) return false;
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  return WISH_FOR_POSITION.test(before.slice(before.search(/[^.;!?\n]*$/)));
}

const THE_BEFORE = /\bthe\s+$/i;
const HELD_THE =
  /\b(?:pass(?:ed|ing)?|earn(?:ed|ing)?|obtain(?:ed|ing)?|hold(?:s|ing)?|held|achiev(?:ed|ing)|complet(?:ed|ing)|sat|taking|took)\s+the\s+$/i;
const CREDENTIAL_WORD =
  /^\s*(?:exams?|examinations?|certifications?|certificates?|designations?|credentials?|licen[cs]es?|charter|level|parts?|course|board|program(?:me)?)\b/i;

/**
 * "prevent future occurrences through the CFP": a credential's acronym after "the" names a thing, a programme or a
 * plan, unless a word of credentials follows ("the CPA exam", "the CFP designation") or one takes it ("passed the
 * CPA"). A person holds a credential; nobody works through one.
 */
function namesSomethingElse(text: string, m: Candidate): boolean {
  const entry = skillAt(m.skill);
  const phrase = text.slice(m.start, m.end);
  if (!entry.credential || !/^[A-Z][A-Z0-9&+]{1,6}$/.test(phrase)) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return (
    THE_BEFORE.test(before) && !HELD_THE.test(before) && !CREDENTIAL_WORD.test(text.slice(m.end, m.end + 30))
  );
}

// The last word of a school's name: "Triton College", "Kent State University".
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'College',
  'University',
  'School',
  'Institute',
  'Academy',
  'Polytechnic',
  'Seminary',
]);

/**
 * "Triton College", "Adult Education Academy": a capitalised name that runs on, in capitalised words, to the word
 * for a school is the school's name, not a skill studied or used ("Triton" is no inference server there). A degree
 * and its subject keep their mention, which a resume often writes right before the school ("Bachelor of Science:
 * Electrical Engineering Boston University").
 */
function inInstitutionName(
  text: string,
  tokens: Token[],
  prev: Candidate | undefined,
  m: Candidate,
): boolean {
  const category = skillAt(m.skill).category;
  if (category === 'education' || category === 'field') return false;
  if (
    prev &&
    skillAt(prev.skill).category === 'education' &&
    /^[^\n]{0,40}\n?[^\n]{0,40}$/.test(text.slice(prev.end, m.start))
  )
    return false;
  return capitalisedRunEndsIn(m, tokens, (t) => INSTITUTION_HEADS.has(t.raw));
}

// ", Finance, and FP&A Teams": the rest of a list of capitalised names whose last item ends in a word for a group of
// people, which heads every item of the list.
const LIST_THEN_GROUP =
  /^(?:\s*(?:,\s*and|,\s*&|,|&|and)\s+(?:[A-Z][\w&.'’-]*\s+){0,3}?[A-Z][\w&.'’-]*)+\s+(?:[Tt]eams?|[Dd]epartments?|[Gg]roups?|[Ff]unctions?|[Dd]ivisions?|[Oo]rgani[sz]ations?|[Ll]eaders|[Ll]eadership|[Ss]takeholders)\b/;
// "the Business, ": a list of names that opens with a determiner names particular groups ("experience in Marketing and
// Sales teams" asks for the fields).
const DETERMINED_LIST = /\b(?:the|our|your|their|its)\s+(?:[A-Z][\w&.'’-]*(?:\s+|,\s*|\s*&\s*|\s+and\s+))*$/;
// "interact regularly with … peers across Finance & Business Management", "partner closely with Sales and Legal": the
// people a hire works with, named by their department.
const WORKS_WITH =
  /\b(?:[Ii]nteract\w*|[Cc]ollaborat\w*|[Pp]artner\w*|[Ll]iais\w*|[Pp]eers|[Cc]ounterparts|[Ww]ork(?:s|ing)? closely|[Cc]oordinat\w*)\b[^.;:!?\n]*\b(?:with|across|between|among)\s+((?:the |our |other |[A-Z][\w&.'’-]*(?:,? ?| & | and ))*)$/;

/**
 * A department named as a capitalised name: an item of a list headed by a group noun ("the Business, Finance, and
 * FP&A Teams"), or whom the hire works with ("peers across Finance & Business Management"). Its field is the
 * department's, not a skill asked for. Products keep their mention ("partner with Salesforce").
 */
function namesDepartment(m: Candidate, text: string): boolean {
  if (!/^[A-Z]/.test(text.slice(m.start, m.start + 1))) return false;
  const before = text.slice(Math.max(0, m.start - 200), m.start);
  if (LIST_THEN_GROUP.test(text.slice(m.end, m.end + 120)) && DETERMINED_LIST.test(before)) return true;
  return WORKS_WITH.test(before);
}

// Words between a field and the head of a role: "Full Stack Software Engineer", "Backend Engineering team".
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(['software', 'web', 'engineering', 'development']);

// After a degree's name: the word "degree" when the name left it out ("Master of Science degree"), then what it is in.
const DEGREE_WORD = /^\s*(?:degrees?|diplomas?)\b/i;
/**
 * A resume's degree line may put words the taxonomy does not know before the field it names ("Bachelor of Science:
 * Communication Journalism", "Bachelor of Technology, Electrical and Electronics Engineering", "M.S. in
 * Bio-Industrial Mechatronics"): up to three capitalised words after the separator still lead to the subject.
 */
const DEGREE_TO_NAMED_SUBJECT =
  /^\.?[ \t]*(?:[:,–—-][ \t]*|(?:in|of)[ \t]+)(?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,3}$/u;
const DEGREE_SUBJECT = /^\s+(?:in|within|of)\s+$/i;
const ENDS_IN_SUBJECT_WORD = /\b(?:in|within|of)$/i;
const SUBJECT_JOIN = /^\s*(?:,|\/|or|and|and\/or|,\s*or)\s*$/i;
const DEGREE_JOIN = /^\s*(?:\/|or|and|and\/or)\s*$/i;

/**
 * "Master of Science degree in …": the word "degree" after a degree's name is part of that name (the degree's phrase
 * takes it in), not a second, unnamed degree.
 */
function restatesDegree(text: string, prev: Candidate | undefined, m: Candidate): boolean {
  if (!prev || skillAt(prev.skill).category !== 'education' || skillAt(m.skill).category !== 'education')
    return false;
  return (
    /^\s*$/.test(text.slice(prev.end, m.start)) &&
    /^(?:degrees?|diplomas?)\b/i.test(text.slice(m.start, m.end))
  );
}

/**
 * The words that named a degree: the degree with its subject, as written ("Bachelor's degree in Computer Science or
 * Electrical Engineering"), and with the other degrees it is offered beside ("Bachelor or Masters degree").
 */
function degreePhrases(text: string, matches: readonly Candidate[], i: number): string[] {
  const isEducation = (c: Candidate | undefined) => !!c && skillAt(c.skill).category === 'education';
  // A degree's subject: a field or any area of knowledge ("physics", "Finance"), not a product.
  const isField = (c: Candidate | undefined) =>
    !!c && !isEducation(c) && !PRODUCT_CATEGORIES.has(skillAt(c.skill).category);
  let first = i;
  while (
    isEducation(matches[first - 1]) &&
    DEGREE_JOIN.test(text.slice(matches[first - 1]!.end, matches[first]!.start))
  )
    first--;
  let last = i;
  while (
    isEducation(matches[last + 1]) &&
    DEGREE_JOIN.test(text.slice(matches[last]!.end, matches[last + 1]!.start))
  )
    last++;
  const start = matches[first]!.start;
  let end = matches[last]!.end;
  end += DEGREE_WORD.exec(text.slice(end, end + 20))?.[0].length ?? 0;
  let next = last + 1;
  const gap = text.slice(end, matches[next]?.start ?? end);
  const endsInSubjectWord = ENDS_IN_SUBJECT_WORD.test(text.slice(start, end));
  // The degree alone ("Master of Science degree"), without an "in" the alias took when no subject follows.
  const degree = phraseAt(text, start, end).replace(/\s+(?:in|within|of)$/i, '');
  if (!isField(matches[next]) || !(DEGREE_SUBJECT.test(gap) || (endsInSubjectWord && /^\s+$/.test(gap))))
    return [degree];
  end = matches[next]!.end;
  while (isField(matches[next + 1]) && SUBJECT_JOIN.test(text.slice(end, matches[next + 1]!.start))) {
    next++;
    end = matches[next]!.end;
  }
  // …and with its subject as written ("degree in Computer Science or Electrical Engineering").
  const withSubject = phraseAt(text, start, end);
  return endsInSubjectWord ? [withSubject] : [degree, withSubject];
}

// A line of a work history: it holds a year, or "Present".
const DATED_LINE = /\b(?:19|20)\d{2}\b|\b(?:present|current|now)\b/i;
// What may follow a company's name on such a line: a separator, a bracket, a company suffix, or the line's end.
const AFTER_NAME = /^[ \t]*(?:[,|–—(]|-[ \t]|$|(?:Inc|LLC|Ltd|Corp|Corporation|Company|Co|Group|GmbH|PLC)\b)/;
// Words of a job title, which a field may follow in a title ("VP Marketing", "Head of Finance").
const TITLE_WORDS = new Set(
  'vp svp evp avp head director manager senior sr junior jr lead chief principal staff associate assistant intern of'.split(
    ' ',
  ),
);

const PLACE_WORDS = new Set(['city', 'state', 'country', 'remote']);
const DONE_WORDS = new Set('led ran built won taught oversaw drove grew made set began'.split(' '));

/**
 * "Software Engineer, Evergreen Logistics, Tacoma, WA  2014 – 2016": a field that ends a capitalised name on a line of
 * a work history is the company's name, not a skill shown. Products keep their mention, and so does a field after a
 * title word ("VP Marketing").
 */
function endsCompanyName(text: string, lines: Lines, m: Candidate, prev: Candidate | undefined): boolean {
  const category = skillAt(m.skill).category;
  if (PRODUCT_CATEGORIES.has(category) || category === 'education' || category === 'field') return false;
  // "B.S. Finance, 2018": a degree's subject.
  if (prev && skillAt(prev.skill).category === 'education' && m.start - prev.end <= 3) return false;
  if (!/^\p{Lu}/u.test(text.slice(m.start, m.end))) return false;
  const [lineStart, lineEnd] = lines.bounds(m.start);
  if (!DATED_LINE.test(text.slice(lineStart, lineEnd))) return false;
  const previous = /(\p{Lu}[\p{L}&'’.]*)[ \t]+$/u.exec(text.slice(lineStart, m.start));
  const word = previous?.[1]!.toLowerCase().replace(/\.$/, '') ?? '';
  // "Managed Logistics, 2019": a verb before it does something with the field.
  if (!word || TITLE_WORDS.has(word) || /ed$/.test(word) || DONE_WORDS.has(word)) return false;
  // "Tampa, FL Cashier", "City , State Cashier": a place, then the title.
  if (PLACE_WORDS.has(word) || /^\p{Lu}{2}$/u.test(previous![1]!)) return false;
  return AFTER_NAME.test(text.slice(m.end, lineEnd));
}

// "Centers for Medicare and Medicaid Services (CMS)": capitalised words (small words between them allowed), then an
// acronym in brackets.
const ACRONYM_DEFINITION =
  /((?:\p{Lu}[\p{L}&'’-]*[ \t]+(?:(?:and|of|for|the|in|on|to|&)[ \t]+)*){2,8})\((\p{Lu}[\p{Lu}\d&]{1,7})s?\)/gu;

/** Whether the acronym's letters are, in order, initials of the expansion's words ("CMS" in "Centers for Medicare ... Services"). */
function abbreviates(acronym: string, expansion: string): boolean {
  const initials = expansion
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  let k = 0;
  for (const ch of initials) if (ch === acronym[k]) k++;
  return k === acronym.length;
}

// "weekly professional learning community (PLC) meetings": words in any case, then an acronym in brackets that
// spells the initials of the words just before it (see `spells`).
const LOWER_ACRONYM_DEFINITION = /((?:[\p{L}][\p{L}&'’-]*[ \t]+){2,8})\((\p{Lu}[\p{Lu}\d&]{1,7})s?\)/gu;
const ACRONYM_SMALL_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', '&']);

/** Whether the acronym is exactly the initials of the last words before it, small words aside ("PLC"). */
function spells(acronym: string, expansion: string): boolean {
  const words = expansion.split(/[\s-]+/).filter((w) => w && !ACRONYM_SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < acronym.length || /\d/.test(acronym)) return false;
  const initials = words
    .slice(-acronym.length)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return initials === acronym;
}

/**
 * Mentions by an acronym the text itself defines as something else: "Centers for Medicare and Medicaid Services
 * (CMS)" makes every "CMS" of that text the agency, not a content management system, and "professional learning
 * community (PLC)" makes "PLC" no programmable logic controller. An acronym defined as the skill ("Amazon Web Services
 * (AWS)", "programmable logic controllers (PLCs)") keeps its mentions.
 */
function withoutOtherAcronyms(text: string, matches: Candidate[]): Candidate[] {
  const otherwise = new Set<string>();
  const definitions = [
    ...[...text.matchAll(ACRONYM_DEFINITION)].filter(([, e = '', a = '']) => abbreviates(a, e)),
    ...[...text.matchAll(LOWER_ACRONYM_DEFINITION)].filter(([, e = '', a = '']) => spells(a, e)),
  ];
  for (const def of definitions) {
    const [, expansion = '', acronym = ''] = def;
    const from = def.index;
    const to = from + expansion.length;
    const named = matches.filter((m) => text.slice(m.start, m.end) === acronym).map((m) => m.skill);
    if (named.some((skill) => !matches.some((o) => o.skill === skill && o.start >= from && o.end <= to)))
      otherwise.add(acronym);
  }
  if (!otherwise.size) return matches;
  return matches.filter((m) => !otherwise.has(text.slice(m.start, m.end)));
}

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
