import { classifyHeading, isBullet, plainLine } from './sections';

const MAX_TITLE_WORDS = 12;
// A line that reads as a sentence about the company or the site, not a job title.
const SENTENCE = /[.!?;:,]$|\b(is|are|was|we|we're|our|you|your|apply)\b/i;

function clean(raw: string): string {
  return plainLine(raw)
    .replace(/^(job title|title|position|role)\s*:\s*/i, '')
    .trim();
}

function titleLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length >= 3 && words <= MAX_TITLE_WORDS && !SENTENCE.test(line);
}

/**
 * A posting's title: a "Job Title: X" line, else its first line when that reads as a title, else the first
 * title-like line of its opening that is not a section heading ("Position Overview"); the first line as a last resort.
 */
export function guessTitle(text: string): string {
  const lines = text
    .split('\n')
    .map((raw) => ({ raw, line: clean(raw) }))
    .filter((l) => l.line.length >= 3);
  const labelled = lines.find((l) => /^\s*(job title|title|position|role)\s*:/i.test(plainLine(l.raw)));
  const first = lines[0];
  const chosen =
    labelled ??
    (first && titleLike(first.line) ? first : undefined) ??
    lines
      .slice(0, 80)
      .find(
        (l) =>
          titleLike(l.line) &&
          !l.line.includes(':') &&
          !isBullet(l.raw) &&
          classifyHeading(l.line) === 'other' &&
          /\p{Lu}/u.test(l.line[0] ?? ''),
      ) ??
    first;
  if (!chosen) return 'Untitled';
  const line = chosen.line;
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
