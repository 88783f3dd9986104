import type { SkillLevel } from './types';

// A heading that opens with one of these words starts a preferred section ("Preferred Qualifications",
// "Nice to have", "Bonus points").
const PREFERRED_START =
  /^(preferred|nice[ -]to[ -]haves?|bonus|pluses|desirable|desired|good[ -]to[ -]have|ideally|optional|additional (skills|qualifications|requirements)|extra credit|even better|it'?s a plus|would be (a plus|nice|great))\b/i;
// Anywhere in a clearly marked heading ("Skills That Would Be A Plus:", "## Bonus").
const PREFERRED_ANY =
  /\b(preferred|nice[ -]to[ -]haves?|bonus|pluses|desirable|desired|good[ -]to[ -]have|advantageous|a plus|added advantages?|not required|stand out)\b/i;
const SECTION_WORD =
  '(skills|qualifications?|requirements?|experience|responsibilit(y|ies)|duties|tasks|competenc(y|ies)|expertise|knowledge|profile|education|accountabilities|expectations|technolog(y|ies)|tech stack|stack|tools)';
const REQUIRED_EXACT = new RegExp(
  `^((key|basic|minimum|essential|required|mandatory|must[- ]have|core|technical|professional|general|your|job|role|main|primary|the) )*${SECTION_WORD}( (and|&) ${SECTION_WORD})*( \\(.*\\))?$`,
  'i',
);
const REQUIRED_ANY =
  /\b(requirements?|required|qualifications?|must[ -]haves?|what you( will|'ll|’ll|â€™ll) (need|bring|do)|what you need|what we('|’)?re looking for|who you are|about you|you have|you bring|your profile|responsibilit(y|ies)|the role|your role|job description|benefits|what we offer|about us|about the (role|company|team)|essential)\b/i;
const PREFERRED_SENTENCE =
  /\b(a (big |huge |definite |strong )?plus|are a plus|nice[ -]to[ -]haves?|preferred|preferably|preference (is|will be) given|bonus|ideally|an? (added |distinct )?advantage|advantageous|good[ -]to[ -]have|desirable|desired|beneficial|would be (great|nice|helpful|an asset)|an asset|is helpful|are helpful|not required|not mandatory|optional|plus points?)\b/i;
const NEGATED_PREFERENCE =
  /\b(not (a )?(nice[ -]to[ -]have|optional)|mandatory|must have|is required|are required)\b/i;

interface Segment {
  start: number;
  end: number;
  level: SkillLevel;
}

/** A short line with no sentence ending: a heading, possibly marked up or ending in a colon. */
export function headingOf(line: string): { text: string; marked: boolean } | null {
  const clean = line
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/^[\s*•·\-–—]+/, '')
    .trim();
  if (!clean) return null;
  const words = clean.split(/\s+/).length;
  if (words > 8 || clean.length > 70) return null;
  if (/[.!?;,]$/.test(clean)) return null;
  const text = clean.replace(/:\s*$/, '').trim();
  const marked =
    /^\s*(#{1,6}\s|\*\*|__)/.test(line) ||
    /:\s*$/.test(clean) ||
    (text === text.toUpperCase() && /[A-Z]{3}/.test(text));
  return { text, marked };
}

export function headingLevel(heading: { text: string; marked: boolean }): SkillLevel | null {
  const { text, marked } = heading;
  if (PREFERRED_START.test(text) || (marked && PREFERRED_ANY.test(text))) return 'preferred';
  if (REQUIRED_EXACT.test(text) || REQUIRED_ANY.test(text)) return 'required';
  return null;
}

export function sentenceRanges(line: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /[.!?;](?=\s+[A-Z(*•-])/g;
  let start = 0;
  for (const m of line.matchAll(re)) {
    const end = m.index + 1;
    // "e.g." and "i.e." are not sentence ends.
    if (/\b(e\.g|i\.e|etc|vs|incl)\.$/i.test(line.slice(Math.max(0, end - 5), end))) continue;
    out.push([offset + start, offset + end]);
    start = end;
  }
  out.push([offset + start, offset + line.length]);
  return out;
}

/** ", ideally in a manufacturing environment", "(preferably Django)": a wish that trails what the line asks. */
const PREFERENCE_TAIL = /(?:,|\(|\s[–—-])\s*(?:ideally|preferably)\b/i;
/** "(Master's degree, a plus)", "(Master's preferred)": a wish in brackets beside what the line asks. */
const BRACKETED_WISH = /\([^()]*\)/g;
/** Fewer words than this before the wish is no head of its own ("Ideally, …", "Bonus, ideally …"). */
const MIN_HEAD_WORDS = 3;

const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * Where a wish beside a requirement sits, as offsets into the sentence ("2+ years of experience in general accounting,
 * ideally in a manufacturing environment"; "Bachelor's degree in English (Master's degree, a plus)"), or null: what
 * the line asks outside it keeps the line's level; only the wish is preferred. A wish in brackets ends with them; one
 * after a comma runs to the end of the sentence.
 */
export function preferenceWish(sentence: string): [number, number] | null {
  for (const m of sentence.matchAll(BRACKETED_WISH)) {
    if (!PREFERRED_SENTENCE.test(m[0]) || NEGATED_PREFERENCE.test(m[0])) continue;
    const rest = sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length);
    if (words(sentence.slice(0, m.index)) < MIN_HEAD_WORDS || PREFERRED_SENTENCE.test(rest)) return null;
    return [m.index, m.index + m[0].length];
  }
  const m = PREFERENCE_TAIL.exec(sentence);
  if (!m) return null;
  const head = sentence.slice(0, m.index);
  // A head that is itself a wish ("Nice to have: Go, ideally …") stays one.
  if (words(head) < MIN_HEAD_WORDS || PREFERRED_SENTENCE.test(head)) return null;
  const close = sentence[m.index] === '(' ? sentence.indexOf(')', m.index) : -1;
  return [m.index, close === -1 ? sentence.length : close + 1];
}

/**
 * Splits a posting into spans carrying the level of any skill mentioned there: `preferred` under a
 * preferred-style heading ("Nice to have", "Bonus") until a required-style heading resets it, or inside a sentence
 * that says so ("... is a plus", "ideally"); `required` everywhere else.
 */
export function levelSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let section: SkillLevel = 'required';
  let offset = 0;
  for (const line of text.split('\n')) {
    const heading = headingOf(line);
    const inlineLabel = /^\s*[*•·-]?\s*([A-Za-z][\w '’-]{2,40}):\s+\S/.exec(line)?.[1];
    let lineLevel = section;
    const level = heading ? headingLevel(heading) : null;
    if (level) {
      section = level;
      lineLevel = level;
    } else if (inlineLabel) {
      lineLevel = headingLevel({ text: inlineLabel, marked: true }) ?? section;
    }
    for (const [start, end] of sentenceRanges(line, offset)) {
      const sentence = text.slice(start, end);
      const wish = preferenceWish(sentence);
      if (wish) {
        // "Python, ideally with Django": what the line asks keeps its level, the wish beside it is preferred.
        const [from, to] = wish;
        segments.push({ start, end: start + from, level: lineLevel });
        segments.push({ start: start + from, end: start + to, level: 'preferred' });
        if (start + to < end) segments.push({ start: start + to, end, level: lineLevel });
        continue;
      }
      const cued = PREFERRED_SENTENCE.test(sentence) && !NEGATED_PREFERENCE.test(sentence);
      segments.push({ start, end, level: cued ? 'preferred' : lineLevel });
    }
    offset += line.length + 1;
  }
  return segments;
}

/** Level at each offset, for offsets visited in increasing order. */
export function levelLookup(text: string): (offset: number) => SkillLevel {
  const segments = levelSegments(text);
  let i = 0;
  return (offset) => {
    if (i > 0 && offset < segments[i - 1]!.end) i = 0;
    while (i < segments.length - 1 && segments[i]!.end <= offset) i++;
    return segments[i]?.level ?? 'required';
  };
}
