/** Section kinds shared by resumes and postings; `other` is anything we cannot name. */
export type SectionKind =
  | 'title'
  | 'about'
  | 'responsibilities'
  | 'requirements'
  | 'preferred'
  | 'benefits'
  | 'summary'
  | 'skills'
  | 'experience'
  | 'education'
  | 'certifications'
  | 'projects'
  /** A resume's volunteering, community service, memberships and interests: dated, but not work. */
  | 'activities'
  | 'other';

export interface Section {
  kind: SectionKind;
  heading: string | null;
  lines: string[];
}

const HEADING_PATTERNS: [SectionKind, RegExp][] = [
  // Before the role's cues: "You will Benefit from our Culture" is about perks, not what you will do.
  ['benefits', /\b(benefit from|our culture|life at|privacy notice|disability policy)\b/i],
  // "Must-Have** (Ideally should not be more than 3-5)": a heading that opens by saying it is required is, whatever follows.
  [
    'requirements',
    /^\W*(must[- ]haves?|required|requirements|minimum qualifications|basic qualifications)\b/i,
  ],
  [
    'preferred',
    /\b(preferred|nice[- ]to[- ]haves?|bonus|pluses|desirable|desired|good[- ]to[- ]have|ideally|extra credit|great if you|not required)\b/i,
  ],
  [
    'requirements',
    /\b(requirements?|qualifications?|must[- ]haves?|what you(('|’)ll| will) (need|bring|have)|you (should|must|will|('|’)ll|need to) (have|bring)(?! to\b)|what (you|we) need|what you bring|who you are|what we('|’)?re looking for|you have|you bring|skills (and|&) experience|required skills|key skills|competenc(y|ies)|about you|your profile|eligibility|experience required)\b/i,
  ],
  [
    'responsibilities',
    /\b(responsibilit(y|ies)|what you(('|’)ll| will) (be )?do(ing)?|duties|the role|your role|key tasks|day[- ]to[- ]day|you will|in this role|job description|role summary|key accountabilities)\b/i,
  ],
  [
    'benefits',
    /\b(benefits|perks|what we offer|compensation|salary|why join|equal opportunity|eeo|we offer|pay range|how to apply)\b/i,
  ],
  [
    'about',
    /\b(about (us|the company|the team|[A-Z][\w&.-]+)|who we are|our mission|company overview|our team)\b/i,
  ],
  ['summary', /\b(summary|profile|objective|about me|professional summary|career overview|highlights)\b/i],
  [
    'skills',
    /\b(skills|technical skills|core competencies|technologies|tools|expertise|proficiencies|areas of expertise)\b/i,
  ],
  [
    'experience',
    /\b(experience|employment|work history|professional experience|career history|positions held)\b/i,
  ],
  ['education', /\b(education|academic|qualifications and training|degrees?)\b/i],
  ['certifications', /\b(certifications?|licen[cs]es?|accreditations?|training)\b/i],
  ['projects', /\b(projects?|publications|portfolio)\b/i],
];

/**
 * A heading is a short line with no sentence ending. It is a strong heading when marked up (#, **), followed by
 * a colon, in capitals or in title case; a weak one (e.g. "Nice to have") counts only when its words name a section.
 */
export function headingCandidate(line: string): { text: string; strong: boolean } | null {
  const marked = /^\s*(#{1,6}\s+|\*\*|__)/.test(line);
  const clean = line
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
  if (!clean || /^[-*•]\s/.test(line.trim())) return null;
  const words = clean.split(/\s+/).length;
  if (words > 8 || clean.length > 70) return null;
  const endsColon = /:\s*$/.test(clean);
  if (/[.!?;,]$/.test(clean) && !endsColon) return null;
  const upper = clean === clean.toUpperCase() && /[A-Z]{3}/.test(clean);
  const titled = clean
    .split(/\s+/)
    .every((w) => /^[A-Z0-9&(/'’-]|^(and|of|to|for|the|a|an|in|with|you|we|our|your|on|at|is|are)$/.test(w));
  const text = clean.replace(/:\s*$/, '').trim();
  return { text, strong: marked || endsColon || upper || (titled && words <= 6) };
}

export function headingText(line: string): string | null {
  const c = headingCandidate(line);
  return c?.strong ? c.text : null;
}

export function classifyHeading(heading: string): SectionKind {
  for (const [kind, re] of HEADING_PATTERNS) if (re.test(heading)) return kind;
  return 'other';
}

/** Splits a document into sections by its headings; text before the first heading is `title`/`other`. */
export function splitSections(text: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { kind: 'title', heading: null, lines: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const candidate = headingCandidate(line);
    const kind = candidate ? classifyHeading(candidate.text) : null;
    const words = candidate ? candidate.text.split(/\s+/).length : 0;
    // An unnamed heading only starts a section in markdown; a weak one only when short and named.
    const isHeading =
      candidate && kind && (kind !== 'other' ? candidate.strong || words <= 5 : /^\s*#{1,6}\s/.test(raw));
    if (candidate && kind && isHeading) {
      if (current.lines.length || current.heading) sections.push(current);
      current = { kind, heading: candidate.text, lines: [] };
      continue;
    }
    current.lines.push(line);
  }
  if (current.lines.length || current.heading) sections.push(current);
  return sections;
}

/** Strips list markers and markdown so a line reads as plain text. */
export function plainLine(line: string): string {
  return line
    .replace(/^\s*(?:[-*•●▪◦‣∙]|\d{1,2}[.)])\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/^#{1,6}\s*/, '')
    .trim();
}

export function isBullet(line: string): boolean {
  return /^\s*(?:[-*•●▪◦‣∙]|\d{1,2}[.)])\s+/.test(line);
}

/** Splits prose into sentences without breaking on abbreviations like "e.g." or "Node.js". */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z(“"])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
