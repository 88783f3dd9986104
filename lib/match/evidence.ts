/**
 * Picking the words that support a claim: the one sentence of a passage that shows a requirement, and whether it
 * shares any real ground with it.
 */
import { isDegreeLine, isWish } from '../skills/extract';
import { isLabel, unwrappedLines } from '../skills/lines';

const STOPWORDS = new Set(
  (
    'and the for with your you our are will from that this have has into able using use used work working ' +
    'experience years year strong good must plus including include such other all any can who what when where ' +
    'their them they was were been being per via also well within across over under about ability skills skill ' +
    'knowledge understanding excellent proven demonstrated solid'
  ).split(' '),
);

/** Crude stem: enough to meet "audit", "audits", "auditing" and "auditor" on the same key. */
function stem(word: string): string {
  return word.replace(/(ing|ers|er|ors|or|ed|es|s|ation|ations|ment|ments)$/u, '').slice(0, 7);
}

/** Content-word stems of a text: lower-case words of three or more letters, minus stopwords. */
export function contentStems(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}+#]+/u)
      .filter((w) => w.length >= 3 && !STOPWORDS.has(w))
      .map(stem),
  );
}

/** The sentences and lines of a passage, trimmed, without empty ones; a sentence wrapped over lines is one. */
export function sentencesOf(passage: string): string[] {
  return unwrappedLines(passage)
    .join('\n')
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** How many content stems a sentence shares with a requirement. */
export function sharedStems(sentence: string, requirement: string): number {
  const wanted = contentStems(requirement);
  let n = 0;
  for (const w of contentStems(sentence)) if (wanted.has(w)) n++;
  return n;
}

/**
 * The sentence (or line) of a resume passage that shares the most words with the requirement, so that a quote shows
 * the part that covers it rather than wherever the passage happens to start. The first sentence on a tie; a lone
 * heading-like line (isLabel) loses to a sentence.
 */
export function closestSentence(passage: string, requirement: string): string {
  let best = '';
  let bestScore = -1;
  for (const sentence of sentencesOf(passage)) {
    const score = sharedStems(sentence, requirement) + (isLabel(sentence) ? -0.5 : 0);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best || passage.trim();
}

/**
 * Word stems in order, keeping the words a phrase is made of ("communication skills" → communi, skill). A person
 * ("makers", "auditor") keeps a mark, so "multiple decision makers" is not the quality "Decision making".
 */
function stemSequence(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w.length >= 3 && w !== 'and')
    .map((w) => (/(er|or)s?$/.test(w) && stem(w) !== w ? `${stem(w)}:who` : stem(w)));
}

const LIST_SEPARATOR = /\s*[,;|•·]\s*/;

/** A quality a resume lists as an item ("Communications Skills"), as word stems, with the line that lists it. */
export interface ListedQuality {
  line: string;
  /** The item's stems joined by spaces, padded with one space each side for whole-word search. */
  stems: string;
}

/**
 * The qualities a resume lists: items of two to four words, at least one of them a content word, on lines of three
 * or more items ("Decision making, Communications Skills, Research Skills"), not a role's header. Read once per resume
 * and scoring.
 */
export function listedQualities(blocks: readonly string[]): ListedQuality[] {
  const out: ListedQuality[] = [];
  const add = (item: string, line: string) => {
    const words = item.trim().split(/\s+/).length;
    if (words < 2 || words > 4 || !contentStems(item).size) return;
    // "Superior attention to detail" lists the quality "attention to detail", however strongly it puts it.
    const seq = stemSequence(item).filter((w, i) => i > 0 || !DEGREE_WORDS.has(w));
    if (seq.length >= 2) out.push({ line: line.trim(), stems: ` ${seq.join(' ')} ` });
  };
  // One physical line each, so the quote is the list itself, not its heading above it ("Skills\nAdobe…").
  const lines = blocks.flatMap((b) => b.split('\n'));
  // A list written one item a line ("Strong communication skills", "Superior attention to detail", "QuickBooks
  // expert"): a run of three or more short lines, each quoted alone.
  let run: string[] = [];
  const closeRun = () => {
    if (run.length >= 3) for (const item of run) add(item, item);
    run = [];
  };
  for (const line of lines) {
    // A one-word line ("Skills", "Python") neither lists a quality nor ends the list.
    if (line.trim() && !/\s/.test(line.trim())) continue;
    // "Data Scientist, Cascade Retail Group, Seattle, WA": a role's title and place, listed with commas, are no qualities.
    if (isRoleHeader(line)) {
      closeRun();
      continue;
    }
    const items = line.split(LIST_SEPARATOR);
    if (items.length >= 3) {
      closeRun();
      for (const item of items) add(item, line);
    } else if (isListItemLine(line)) run.push(line);
    else closeRun();
  }
  closeRun();
  return out;
}

/** How strongly an item puts a quality (as stems): not part of the quality. */
const DEGREE_WORDS = new Set(
  'strong excellent superior exceptional outstanding good great solid keen careful advanced proven effective'
    .split(' ')
    .map((w) => stemSequence(w)[0]!),
);

/** A line that is one short item of a list: one to five words, no sentence's end, no separator of items. */
function isListItemLine(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  return !!t && words <= 5 && !/[.:!?]$/.test(t) && !LIST_SEPARATOR.test(t) && !/\b(?:19|20)\d{2}\b/.test(t);
}

/**
 * The line listing the very quality a requirement asks for: "Communications Skills" states "strong verbal and
 * written communication skills", because the item's words stand together in the requirement. Null when none does.
 */
export function listedPhrase(requirement: string, qualities: readonly ListedQuality[]): string | null {
  if (!qualities.length) return null;
  // An example inside the ask is not the ask: "write creative copy … (e.g. social media posts)" is not stated by a
  // listed "Social media".
  const wanted = ` ${stemSequence(requirement.replace(EXAMPLES, ' ')).join(' ')} `;
  return qualities.find((q) => wanted.includes(q.stems))?.line ?? null;
}
/** Examples a requirement gives in brackets, or after "such as" / "for example" to the end of the clause. */
const EXAMPLES =
  /\((?:e\.?g\.?|i\.?e\.?|such as|like|including|for example)[^)]*\)|\b(?:e\.g\.|such as|for example|for instance)[^.;:]*/gi;

const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const HEADER_SMALL_WORDS = new Set(['of', 'and', 'the', 'to', 'for', 'in', 'at', '&', '-', '–', '—', '|']);

/**
 * A line of a work history's header ("Data Scientist, Cascade Retail Group, Seattle, WA  Jul 2016 – May 2018"): a
 * year, and besides dates only capitalised words. It names a title and a place, not work done, so it is no
 * evidence for a requirement about the work.
 */
export function isRoleHeader(sentence: string): boolean {
  if (!/\b(?:19|20)\d{2}\b/.test(sentence)) return false;
  const words = sentence
    .split(/[\s,/()]+/)
    .filter(Boolean)
    .filter((w) => !/^[\d–—./-]+$/.test(w) && !MONTHS.test(w) && !/^(present|current|now|to)$/i.test(w));
  return (
    words.length > 0 &&
    words.length <= 14 &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || HEADER_SMALL_WORDS.has(w))
  );
}

/** A line that lists skills rather than tells of work: three or more commas (or bars, bullets), one every few words. */
export function isListLine(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  const commas = (text.match(/[,;|•]/g) ?? []).length;
  return commas >= 3 && commas * 3 >= words.length;
}

/**
 * A sentence that tells of work done, and so may stand as a quote of it: not a heading or label, a role's header, an
 * objective ("Seeking a role…"), a degree's line or a list of skills.
 */
export function tellsOfWork(sentence: string): boolean {
  return (
    !isLabel(sentence) &&
    !isWish(sentence) &&
    !isRoleHeader(sentence) &&
    !isDegreeLine(sentence) &&
    !isListLine(sentence)
  );
}
