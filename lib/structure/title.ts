import { plainLine } from './sections';

/** A posting's title from its first meaningful line ("Job Title: X", a markdown heading, or the first line). */
export function guessTitle(text: string): string {
  for (const raw of text.split('\n')) {
    const line = plainLine(raw)
      .replace(/^(job title|title|position|role)\s*:\s*/i, '')
      .trim();
    if (line.length >= 3) return line.length > 120 ? `${line.slice(0, 117)}…` : line;
  }
  return 'Untitled';
}
