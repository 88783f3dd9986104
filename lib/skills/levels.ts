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
/** Fewer words than this before the wish is no head of its own ("Ideally, …", "Bonus, ideally …"). */
const MIN_HEAD_WORDS = 3;

/**
 * Where a wish that trails a requirement starts ("2+ years of experience in general accounting, ideally in a
 * manufacturing environment"), or -1: what comes before it is asked as the line asks it; only the rest is preferred.
 */
export function preferenceTail(sentence: string): number {
  const m = PREFERENCE_TAIL.exec(sentence);
  if (!m) return -1;
  const head = sentence.slice(0, m.index);
  if (head.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_HEAD_WORDS) return -1;
  // A head that is itself a wish ("Nice to have: Go, ideally …") stays one.
  if (PREFERRED_SENTENCE.test(head)) return -1;
  return m.index;
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
      const tail = preferenceTail(sentence);
      if (tail > 0) {
        // "Python, ideally with Django": the head keeps the line's level, the wish after it is preferred; a wish in
        // brackets ("( ideally within the fintech area )") ends with them.
        const close = sentence[tail] === '(' ? sentence.indexOf(')', tail) : -1;
        const wishEnd = close === -1 ? end : start + close + 1;
        segments.push({ start, end: start + tail, level: lineLevel });
        segments.push({ start: start + tail, end: wishEnd, level: 'preferred' });
        if (wishEnd < end) segments.push({ start: wishEnd, end, level: lineLevel });
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
