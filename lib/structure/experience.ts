const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const POINT = `(?:${MONTH}\\.?\\s*,?\\s*\\d{4}|\\d{1,2}\\s*/\\s*\\d{4}|\\d{4})`;
const RANGE = new RegExp(
  `(${POINT})\\s*(?:-|–|—|to|until|till)\\s*(${POINT}|present|current|now|today|date)`,
  'gi',
);

function toMonths(point: string, now: Date): number | null {
  const p = point.toLowerCase().trim();
  if (/present|current|now|today|date/.test(p)) return now.getFullYear() * 12 + now.getMonth();
  const slash = p.match(/^(\d{1,2})\s*\/\s*(\d{4})$/);
  if (slash) return Number(slash[2]) * 12 + Math.min(11, Math.max(0, Number(slash[1]) - 1));
  const named = p.match(/^([a-z]+)\.?\s*,?\s*(\d{4})$/);
  if (named)
    return Number(named[2]) * 12 + (MONTHS[named[1]!.slice(0, named[1]!.startsWith('sept') ? 4 : 3)] ?? 0);
  const year = p.match(/^(\d{4})$/);
  return year ? Number(year[1]) * 12 : null;
}

export interface DatedRange {
  start: number;
  end: number;
  text: string;
}

/** Date ranges of roles ("Jan 2018 – Present", "2015-2019", "06/2017 to 08/2019"), in months since year 0. */
export function findDateRanges(text: string, now = new Date()): DatedRange[] {
  const out: DatedRange[] = [];
  for (const m of text.matchAll(RANGE)) {
    const start = toMonths(m[1]!, now);
    const end = toMonths(m[2]!, now);
    if (start === null || end === null || end < start) continue;
    const nowMonths = now.getFullYear() * 12 + now.getMonth();
    if (start < 1950 * 12 || end > nowMonths + 1 || end - start > 50 * 12) continue;
    out.push({ start, end: Math.max(end, start + 1), text: m[0] });
  }
  return out;
}

/** Months covered by a set of ranges, overlaps counted once. */
export function unionMonths(ranges: readonly { start: number; end: number }[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let cur: { start: number; end: number } | null = null;
  for (const r of sorted) {
    if (cur && r.start <= cur.end) cur.end = Math.max(cur.end, r.end);
    else {
      if (cur) total += cur.end - cur.start;
      cur = { start: r.start, end: r.end };
    }
  }
  return cur ? total + cur.end - cur.start : 0;
}

/**
 * Years of experience shown by every date range in a text, overlaps counted once; null when it has none.
 * For a resume prefer parseResume, which leaves education dates out.
 */
export function estimateYears(text: string, now = new Date()): number | null {
  const ranges = findDateRanges(text, now);
  return ranges.length ? Math.round((unionMonths(ranges) / 12) * 10) / 10 : null;
}

const YEARS_REQ =
  /(\d{1,2})\s*(?:\+|plus)?\s*(?:-|–|to)?\s*(?:\d{1,2}\s*)?\+?\s*(?:years?|yrs?)(?:'|’)?\s*(?:of\s+)?(?:[a-z/&-]+\s+){0,6}?(?:experience|exp\b)/gi;

// "3+ years of Python", "at least 4 years in payroll", "minimum of 2 years with React": asked years without the word
// "experience".
const YEARS_ASKED =
  /(?:(?:at least|minimum(?: of)?|min\.?)\s+(\d{1,2})|(\d{1,2})\s*\+)\s*(?:years?|yrs?)\b(?!\s+old)/gi;
// "two to five years prior work as …", "three years of experience": the number in words.
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const YEARS_IN_WORDS = new RegExp(
  `\\b(${NUMBER_WORDS.join('|')})(?:\\s*\\(\\d+\\))?\\s*(?:\\+|plus|or more)?\\s*(?:(?:-|–|to)\\s*(?:${NUMBER_WORDS.join('|')}|\\d+)\\s*)?(?:years?|yrs?)(?:'|’)?\\s+(?:of\\s+)?(?:[a-z/&-]+\\s+){0,3}?(?:experience|work|working|exp)\\b`,
  'gi',
);

/** The largest "5+ years of experience" style requirement in a text, capped at 15; null when none. */
export function requiredYears(posting: string): number | null {
  let best: number | null = null;
  for (const m of posting.matchAll(YEARS_ASKED)) {
    const n = Number(m[1] ?? m[2]);
    if (n > 0 && n <= 15) best = Math.max(best ?? 0, n);
  }
  for (const m of posting.matchAll(YEARS_IN_WORDS)) {
    const n = NUMBER_WORDS.indexOf(m[1]!.toLowerCase()) + 1;
    if (n > 0) best = Math.max(best ?? 0, n);
  }
  for (const m of posting.matchAll(YEARS_REQ)) {
    const n = Number(m[1]);
    if (n > 0 && n <= 15) best = Math.max(best ?? 0, n);
  }
  return best;
}

/**
 * Years of experience as every page and message says them: whole years ("about 2 years"), "under a year" below
 * one. One wording everywhere, so the same resume never reads 2 on one page and 1.7 on the next.
 */
export function describeYears(years: number): string {
  if (years < 0.75) return 'under a year';
  const whole = Math.round(years);
  return `about ${whole} year${whole === 1 ? '' : 's'}`;
}

/**
 * Years of experience as a band ("10+ years"), for blind review: an exact figure hints at the person's age, a band
 * still says how experienced they are.
 */
export function experienceBand(years: number): string {
  if (years < 2) return 'under 2 years';
  if (years < 5) return '2–5 years';
  if (years < 10) return '5–10 years';
  return '10+ years';
}
