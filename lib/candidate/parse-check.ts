// The parse check a candidate reads after uploading: what an applicant-tracking parser would find in the resume
// (contact details, sections, dates) and the layouts that trip such parsers up. Each check says what it found and
// what to do. Plain data in (the stored text, the parsed contact, facts about the original file), plain data out.
import type { DocxLayout } from '../ingest/docx-layout';
import type { Contact } from '../structure/contact';
import { findDateRanges } from '../structure/experience';
import { classifyHeading, headingCandidate, isBullet, type SectionKind } from '../structure/sections';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface ParseCheckItem {
  id: 'contact' | 'sections' | 'dates' | 'layout';
  title: string;
  status: CheckStatus;
  /** What the check found, a sentence each. */
  found: string[];
  /** What to do about it; null when nothing needs doing. */
  advice: string | null;
  /** Lines of the resume the advice is about (dates it could not read). */
  lines?: string[];
}

export interface ParseCheckInput {
  text: string;
  contact: Contact | null;
  /** The stored file's kind: 'pdf', 'docx', or a text kind. */
  kind: string;
  /** The reader's warnings (pages of a PDF that are images without text). */
  warnings: readonly string[];
  /** The DOCX's tables, header and footer text, when the file is a DOCX. */
  docx?: DocxLayout | null;
}

const ESSENTIAL: { kind: SectionKind; label: string }[] = [
  { kind: 'experience', label: 'Experience' },
  { kind: 'education', label: 'Education' },
  { kind: 'skills', label: 'Skills' },
];

const SECTION_LABEL: Partial<Record<SectionKind, string>> = {
  summary: 'Summary',
  about: 'Summary',
  experience: 'Experience',
  responsibilities: 'Experience',
  education: 'Education',
  skills: 'Skills',
  requirements: 'Skills',
  preferred: 'Skills',
  certifications: 'Certifications',
  projects: 'Projects',
};

/** A resume's section headings, read the way lib/structure reads them (short lines that name a section). */
export function resumeSections(text: string): { label: string; heading: string; line: number }[] {
  const out: { label: string; heading: string; line: number }[] = [];
  text.split('\n').forEach((raw, line) => {
    const candidate = headingCandidate(raw.trim());
    if (!candidate) return;
    const label = SECTION_LABEL[classifyHeading(candidate.text)];
    if (label && (candidate.strong || candidate.text.split(/\s+/).length <= 3))
      out.push({ label, heading: candidate.text, line });
  });
  return out;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// Anything a person writes as a date: a year, a month and year in any style, "'19", "03.2019", "Summer 2019".
const DATE_TOKEN = new RegExp(
  `(?:\\b${MONTH}\\b\\.?\\s*'?\\d{2,4}|\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}[./-](?:19|20)?\\d{2}\\b|'\\d{2}\\b|\\b(?:spring|summer|autumn|fall|winter)\\s+(?:19|20)\\d{2}\\b)`,
  'gi',
);
const ONGOING = /\b(present|current|now|today|ongoing)\b/i;

/** A line that states a span of time: two dates, or a date and "present". */
function looksLikeDateSpan(line: string): boolean {
  const tokens = line.match(DATE_TOKEN) ?? [];
  return (
    tokens.length >= 2 || (tokens.length === 1 && ONGOING.test(line) && /[-–—~]|\bto\b|\buntil\b/i.test(line))
  );
}

const NOT_WORK = new Set(['Education', 'Certifications', 'Projects']);

/**
 * The date spans of the work history: those lib/structure reads (and so counts as experience) and the lines that
 * state a span it cannot read ("Jan '19 – Mar '21", "2019 ~ 2021"). Education, certifications and projects are left
 * out, as their dates are not work.
 */
export function workDates(text: string, now = new Date()): { read: string[]; unread: string[] } {
  const read: string[] = [];
  const unread: string[] = [];
  const headings = new Map(resumeSections(text).map((s) => [s.line, s.label]));
  let section = '';
  text.split('\n').forEach((raw, i) => {
    const heading = headings.get(i);
    if (heading) {
      section = heading;
      return;
    }
    const line = raw.trim();
    if (!line || NOT_WORK.has(section)) return;
    const [range] = findDateRanges(line, now);
    if (range) read.push(range.text);
    else if (looksLikeDateSpan(line)) unread.push(line.length > 120 ? `${line.slice(0, 119)}…` : line);
  });
  return { read, unread };
}

/**
 * Two columns read across, as many parsers read them, interleave a column of short items (skills, dates) with the
 * other column's sentences: short, long, short, long. Counts the lines where that alternation holds.
 */
export function interleavedLines(text: string): number {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const words = (l: string) => l.split(/\s+/).length;
  // A section heading between two paragraphs is not a column.
  const shortLine = (l: string) =>
    words(l) <= 3 && !/[.:;]$/.test(l) && !isBullet(l) && classifyHeading(l) === 'other';
  const longLine = (l: string) => words(l) >= 8;
  let count = 0;
  for (let i = 0; i + 3 < lines.length; i++) {
    const [a, b, c, d] = [lines[i]!, lines[i + 1]!, lines[i + 2]!, lines[i + 3]!];
    if (shortLine(a) && longLine(b) && shortLine(c) && longLine(d)) count++;
  }
  return count;
}

/** At least this many short-long-short-long runs, in a resume of this share of its lines, reads as columns. */
const COLUMN_RUNS = 3;

function contactCheck(contact: Contact | null): ParseCheckItem {
  const c = contact ?? { name: null, email: null, phone: null, location: null, links: [] };
  const found = [
    c.name ? `Name: ${c.name}` : null,
    c.email ? `Email: ${c.email}` : null,
    c.phone ? `Phone: ${c.phone}` : null,
    c.location ? `Location: ${c.location}` : null,
    c.links.length ? `Links: ${c.links.join(', ')}` : null,
  ].filter((x): x is string => x !== null);
  const missing = [
    c.name ? null : 'your name',
    c.email ? null : 'an email address',
    c.phone ? null : 'a phone number',
    c.location ? null : 'a location',
  ].filter((x): x is string => x !== null);
  const essentialMissing = !c.name || !c.email;
  return {
    id: 'contact',
    title: 'Contact details',
    status: essentialMissing ? 'fail' : missing.length ? 'warn' : 'pass',
    found: found.length ? found : ['No contact details were found.'],
    advice: missing.length
      ? `Not found: ${missing.join(', ')}. Put your name alone on the first line and your email, phone and city on the lines just under it, as plain text in the body of the page (not in a header, a text box or an image).`
      : null,
  };
}

function sectionsCheck(text: string): ParseCheckItem {
  const sections = resumeSections(text);
  const labels = new Set(sections.map((s) => s.label));
  const missing = ESSENTIAL.filter((e) => !labels.has(e.label)).map((e) => e.label);
  return {
    id: 'sections',
    title: 'Sections',
    status: missing.includes('Experience') ? 'fail' : missing.length ? 'warn' : 'pass',
    found: sections.length
      ? [`Found: ${[...new Set(sections.map((s) => `${s.label} (“${s.heading}”)`))].join(', ')}.`]
      : ['No section headings were found.'],
    advice: missing.length
      ? `No ${missing.join(', ')} heading was recognised. Give each part a plain heading of its own on a line by itself (“Experience”, “Education”, “Skills”): parsers file what follows a heading under it.`
      : null,
  };
}

function datesCheck(text: string, now: Date): ParseCheckItem {
  const { read, unread } = workDates(text, now);
  const found = [
    read.length
      ? `${read.length} date range${read.length === 1 ? '' : 's'} in your work history read: ${read.slice(0, 6).join('; ')}${read.length > 6 ? '; …' : ''}.`
      : 'No date range was read in your work history.',
  ];
  if (unread.length)
    found.push(
      `${unread.length} line${unread.length === 1 ? ' has dates' : 's have dates'} that could not be read.`,
    );
  return {
    id: 'dates',
    title: 'Dates',
    status: read.length === 0 ? 'fail' : unread.length ? 'warn' : 'pass',
    found,
    advice:
      read.length === 0 || unread.length
        ? 'Write each role’s dates as a range on the role’s line, month and year on both sides: “Jan 2019 – Mar 2021” or “01/2019 – 03/2021”, and “Present” for the current one. Without readable dates your years of experience cannot be counted.'
        : null,
    lines: unread.length ? unread.slice(0, 10) : undefined,
  };
}

function layoutCheck(input: ParseCheckInput): ParseCheckItem {
  const found: string[] = [];
  const advice: string[] = [];
  let status: CheckStatus = 'pass';
  const raise = (to: CheckStatus) => {
    if (to === 'fail' || (to === 'warn' && status === 'pass')) status = to;
  };
  const isText = input.kind !== 'pdf' && input.kind !== 'docx';
  if (isText) found.push('A plain text file: no columns, tables or headers to confuse a parser.');

  if (!isText) {
    const runs = interleavedLines(input.text);
    if (runs >= COLUMN_RUNS) {
      raise('warn');
      found.push(
        `The text reads like two columns read across (${runs} places where short items alternate with sentences).`,
      );
      advice.push(
        'Use one column: many parsers read across the page, mixing a sidebar into your experience. Move the sidebar (skills, languages) into sections of its own below.',
      );
    } else found.push('The text reads in one column, in order.');
  }

  if (input.kind === 'pdf') {
    const images = input.warnings.filter((w) => /image without a text layer/.test(w));
    if (images.length) {
      raise('fail');
      found.push(...images);
      advice.push(
        'Export the resume from your editor as a PDF (not a scan or a photo), so every page has text a parser can read.',
      );
    } else found.push('Every page has a text layer: none is only an image.');
  }

  if (input.docx) {
    const { tables, headerLines, footerLines } = input.docx;
    if (tables > 0) {
      raise('warn');
      found.push(`${tables} table${tables === 1 ? '' : 's'} in the document.`);
      advice.push(
        'Replace tables with plain paragraphs and lists: some parsers read table cells out of order or skip them.',
      );
    } else found.push('No tables.');
    const margins = [...headerLines, ...footerLines];
    if (margins.length) {
      const contactInMargins = margins.some((l) => /@|\+?\d[\d\s().-]{6,}\d/.test(l));
      raise(contactInMargins ? 'fail' : 'warn');
      found.push(
        `Text in the page ${headerLines.length && footerLines.length ? 'header and footer' : headerLines.length ? 'header' : 'footer'}: “${margins.slice(0, 3).join(' · ')}”.`,
      );
      advice.push(
        contactInMargins
          ? 'Move your contact details out of the page header or footer into the body: many parsers skip headers and footers, and would lose your email and phone.'
          : 'Move what is in the page header or footer into the body: many parsers skip them.',
      );
    } else found.push('No text in page headers or footers.');
  }
  return {
    id: 'layout',
    title: 'Layout',
    status,
    found,
    advice: advice.length ? advice.join(' ') : null,
  };
}

/** The four checks, in the order a candidate fixes them: contact, sections, dates, layout. */
export function parseCheck(input: ParseCheckInput, now = new Date()): ParseCheckItem[] {
  return [
    contactCheck(input.contact),
    sectionsCheck(input.text),
    datesCheck(input.text, now),
    layoutCheck(input),
  ];
}
