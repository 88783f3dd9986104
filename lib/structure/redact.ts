const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL_LIKE =
  /\b(?:https?:\/\/|www\.)\S+|\b(?:linkedin|github|gitlab|twitter|x|behance|dribbble)\.com\/\S*/gi;
const PHONE =
  /(?<![\w/])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?(?![\w/])/g;
const STREET =
  /\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Square)\b\.?(?:,?\s*(?:Apt|Suite|Unit)\.?\s*\w+)?/g;
const POSTCODE_LINE = /\b[A-Z][a-zA-Z .]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/g;

/**
 * Hides what identifies a person (name, email, phone, street address, profile links) so a reviewer judges the
 * experience, not the person. Dates, employers and skills stay: they are the evidence.
 */
export function redactPersonalDetails(text: string, name?: string | null): string {
  let out = text
    .replace(EMAIL, '[email]')
    .replace(URL_LIKE, '[link]')
    .replace(STREET, '[address]')
    .replace(POSTCODE_LINE, '[address]');
  out = out.replace(PHONE, (m) =>
    m.replace(/\D/g, '').length >= 7 && !/^(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}$/.test(m.trim())
      ? '[phone]'
      : m,
  );
  for (const part of nameParts(name)) out = out.replace(new RegExp(`\\b${escape(part)}\\b`, 'gi'), '[name]');
  return out.replace(/\[name\](\s+\[name\])+/g, '[name]');
}

function nameParts(name?: string | null): string[] {
  if (!name) return [];
  const parts = name.split(/\s+/).filter((p) => p.replace(/\W/g, '').length >= 2);
  return [name, ...parts].sort((a, b) => b.length - a.length);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const YEAR = /\b(19[5-9]\d|20\d{2})\b/g;
/** How many years back from a resume's latest date its dates stay shown in blind review. */
const RECENT_YEARS = 10;
const EDUCATION_HEADING =
  /^\W*(education|academic|qualifications|degrees?|schooling|training and education)\b/i;
const OTHER_HEADING =
  /^\W*(experience|employment|work history|skills|projects|certifications?|summary|profile|languages|interests|awards|references)\b/i;

/**
 * Hides the dates that hint at a person's age, for blind review: every year in the education section (a graduation
 * year gives the age away) and, elsewhere, years more than ten before the resume's latest one (the first job's date
 * does too). Recent dates stay: they show what the person does now.
 */
export function redactAgeHints(text: string): string {
  const latest = latestYear(text);
  let inEducation = false;
  return text
    .split('\n')
    .map((line) => {
      const short = line.trim().split(/\s+/).length <= 4;
      if (short && EDUCATION_HEADING.test(line)) inEducation = true;
      else if (short && OTHER_HEADING.test(line)) inEducation = false;
      return line.replace(YEAR, (y) => (inEducation || Number(y) < latest - RECENT_YEARS ? '[year]' : y));
    })
    .join('\n');
}

/** The latest year a text names (1950 on), or 0 when it names none: the point from which blind review counts back. */
export function latestYear(text: string): number {
  let latest = 0;
  for (const m of text.matchAll(YEAR)) latest = Math.max(latest, Number(m[1]));
  return latest;
}

/**
 * For a line quoted out of a resume (a requirement's evidence): hides its years more than ten before the resume's
 * latest one, as redactAgeHints does in the whole text.
 */
export function redactOldYears(line: string, latest: number): string {
  return line.replace(YEAR, (y) => (Number(y) < latest - RECENT_YEARS ? '[year]' : y));
}
