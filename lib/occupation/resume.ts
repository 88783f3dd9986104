import { guessName } from '../structure/contact';
import { findDateRanges } from '../structure/experience';
import { parseResume, type ResumeRole } from '../structure/resume';
import { classifyHeading, headingCandidate, plainLine } from '../structure/sections';
import { occupationAffinity } from './affinity';
import { classifyTitle, rankTitle, type Occupation } from './classify';

export interface ResumeTitleHints {
  /** The title-like line at the top of the resume ("Senior Accountant"), if it has one. */
  headline: string | null;
  /** The titles of the dated roles that state one, most recent first. */
  roleTitles: string[];
}

const MAX_ROLES = 6;
const MAX_TITLE_WORDS = 10;
/** How much each source counts: the headline, then roles from the most recent back. */
const HEADLINE_WEIGHT = 1.2;
const ROLE_WEIGHTS = [1, 0.6, 0.4, 0.3, 0.2, 0.15];

const CONTACT = /@|https?:|www\.|linkedin|\d{3}[\s.)-]*\d{3}[\s.-]*\d{4}/i;
const SENTENCE = /[.!?;]$|\b(my|me|seeking|years|experience|responsible)\b/i;

function titleShaped(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length >= 3 && words <= MAX_TITLE_WORDS && !CONTACT.test(line) && !SENTENCE.test(line);
}

function isSectionHeading(line: string): boolean {
  const heading = headingCandidate(line);
  return Boolean(heading && classifyHeading(heading.text) !== 'other');
}

/** The opening lines before the first section heading that could be a headline (not the name or contact lines). */
function findHeadline(text: string): string | null {
  const name = guessName(text)?.toLowerCase();
  for (const raw of text.split('\n').slice(0, 12)) {
    const line = plainLine(raw);
    if (!line) continue;
    if (isSectionHeading(line)) return null;
    if (name && line.toLowerCase().replace(/\s+/g, ' ').startsWith(name)) continue;
    if (titleShaped(line) && classifyTitle(line)) return line;
  }
  return null;
}

/** A line after the date line is more often a duty than a title: it must read clearly better to be chosen. */
const NEXT_LINE_FACTOR = 0.9;

/**
 * The title of a role: the parser's pick, the rest of its date line, the line above it or the line after it,
 * whichever names an occupation most clearly (the first that reads as a title when none does; '' when none).
 */
function roleTitle(role: { title: string; text: string }, above: string): string {
  const [dateLine = '', next = ''] = role.text.split('\n');
  const dates = findDateRanges(dateLine)[0]?.text ?? '';
  const rest = dateLine.replace(dates, ' ').replace(/^[\s,|·–—-]+|[\s,|·–—-]+$/g, '');
  const candidates: [string, number][] = [
    [role.title, 1],
    [rest, 1],
    [above, 1],
    [next, NEXT_LINE_FACTOR],
  ];
  let best = '';
  let bestScore = 0;
  for (const [raw, factor] of candidates) {
    const candidate = plainLine(raw);
    if (!titleShaped(candidate) || isSectionHeading(candidate)) continue;
    best ||= candidate;
    const score = (rankTitle(candidate, 2)[0]?.confidence ?? 0) * factor;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** The headline and role titles of a resume's text, for `classifyResume`. */
/** `roles` are parseResume(text).roles when the caller has them already, so a resume is parsed once. */
export function resumeTitleHints(
  text: string,
  now = new Date(),
  roles: readonly ResumeRole[] = parseResume(text, now).roles,
): ResumeTitleHints {
  const lines = text.split('\n').map((l) => l.trim());
  const lineAbove = (dateLine: string) => {
    const at = lines.indexOf(dateLine.trim());
    for (let i = at - 1; i >= 0 && at > 0; i--) if (lines[i]) return lines[i]!;
    return '';
  };
  const recent = roles
    .map((role, order) => ({ role, order }))
    // Most recent first; a resume's own order breaks ties.
    .sort((a, b) => b.role.end - a.role.end || b.role.start - a.role.start || a.order - b.order)
    .slice(0, MAX_ROLES);
  return {
    headline: findHeadline(text),
    roleTitles: recent
      .map(({ role }) => roleTitle(role, lineAbove(role.text.split('\n')[0] ?? '')))
      .filter(Boolean),
  };
}

/**
 * The occupation a resume is about, from its headline and its role titles (most recent first). Each title that
 * names an occupation votes with its confidence, weighted by recency (the headline counts most); related
 * occupations support each other through the ISCO hierarchy, so "Senior Accountant" and "Staff Accountant" beat a
 * lone "Lease Administrator". Null when no title names an occupation.
 */
export function classifyResume(input: {
  headline: string | null;
  roleTitles: readonly string[];
}): Occupation | null {
  const votes: { occupation: Occupation; weight: number }[] = [];
  const classify = (title: string) => (titleShaped(title) ? classifyTitle(title) : null);
  if (input.headline) {
    const occupation = classify(input.headline);
    if (occupation) votes.push({ occupation, weight: HEADLINE_WEIGHT * occupation.confidence });
  }
  input.roleTitles.slice(0, ROLE_WEIGHTS.length).forEach((title, i) => {
    const occupation = classify(title);
    if (occupation) votes.push({ occupation, weight: ROLE_WEIGHTS[i]! * occupation.confidence });
  });
  if (!votes.length) return null;
  const total = votes.reduce((sum, v) => sum + v.weight, 0);
  let best: { occupation: Occupation; support: number } | null = null;
  for (const { occupation } of votes) {
    const support = votes.reduce(
      (sum, v) => sum + v.weight * (occupationAffinity(occupation, v.occupation) ?? 0),
      0,
    );
    if (!best || support > best.support + 1e-9) best = { occupation, support };
  }
  const { occupation, support } = best!;
  return {
    ...occupation,
    confidence: Math.round(occupation.confidence * Math.sqrt(support / total) * 100) / 100,
  };
}
