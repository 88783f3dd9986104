import { unwrappedLines } from '../skills/lines';
import { headingText, splitSentences } from '../structure/sections';

/** About 120 model tokens: the window all-MiniLM-L6-v2 was trained on is 128. */
export const CHUNK_WORDS = 80;

/**
 * Splits a document into passages on line, sentence and section boundaries, each at most `maxWords` words,
 * so a passage fits the model's window and reads as one piece of evidence. `joinWrapped` first joins the lines of a
 * sentence a PDF wrapped (see continuesLine).
 */
export function chunkText(
  text: string,
  maxWords = CHUNK_WORDS,
  { joinWrapped = false }: { joinWrapped?: boolean } = {},
): string[] {
  const units: { text: string; heading: boolean }[] = [];
  // With joinWrapped a sentence a PDF wrapped over lines is one unit, so no piece starts in the middle of it.
  const lines = joinWrapped ? unwrappedLines(text, (line) => !!headingText(line.trim())) : text.split('\n');
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (headingText(line)) {
      units.push({ text: line.replace(/^#+\s*/, ''), heading: true });
      continue;
    }
    for (const sentence of splitSentences(line)) {
      const words = sentence.split(/\s+/);
      for (let i = 0; i < words.length; i += maxWords)
        units.push({ text: words.slice(i, i + maxWords).join(' '), heading: false });
    }
  }
  const chunks: string[] = [];
  let current: string[] = [];
  let count = 0;
  const flush = () => {
    if (current.length) chunks.push(current.join('\n'));
    current = [];
    count = 0;
  };
  for (const unit of units) {
    const n = unit.text.split(/\s+/).length;
    if (unit.heading || count + n > maxWords) flush();
    current.push(unit.text);
    count += n;
  }
  flush();
  // A lone heading says nothing by itself.
  return chunks.filter((c) => c.split(/\s+/).length >= 3);
}
