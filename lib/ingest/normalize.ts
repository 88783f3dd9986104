import { repairMojibake } from './mojibake';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u180e]/g;
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
// Half of a UTF-16 pair with no other half (a broken entity or encoder): no character, and refused by Postgres jsonb.
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Compatibility forms worth folding (ligatures, fullwidth ASCII, one-dot leaders); full NFKC would also
// turn "Excel™" into "ExcelTM" and "m²" into "m2".
const COMPATIBILITY_FORMS = /[\ufb00-\ufb06\uff01-\uff5e\u2024\u2025]/g;
// Symbol-font bullets that PDF and Word exports leave in the Private Use Area.
const PRIVATE_USE_BULLETS = /[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0be\uf02d]/g;
const BULLET_AT_LINE_START = /^(?:[•●▪■◦○►▶➢➤✓✔✦◆◇□‣⁃∙·]+|\*(?= )|o(?= +\p{Lu}))\s*/u;

/**
 * Cleans extracted text for matching: repairs mojibake and ligatures, folds odd spaces,
 * turns bullet glyphs into "- ", trims lines, keeps at most one blank line between paragraphs
 * and rejoins words hyphenated across line ends. Drops control characters (NUL among them, which Postgres refuses)
 * and marks half a UTF-16 pair as U+FFFD. Idempotent.
 */
export function normalizeText(raw: string): string {
  let text = raw.replace(LONE_SURROGATES, '\ufffd').replace(/\r\n?|[\u2028\u2029\f\v]/g, '\n');
  text = repairMojibake(text);
  text = text.replace(/\u00ad\n\s*/g, '').replace(/\u00ad/g, '');
  text = text.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ');
  text = fixBrokenLigatures(text);
  text = text.replace(COMPATIBILITY_FORMS, (char) => char.normalize('NFKC')).normalize('NFC');
  text = text.replace(PRIVATE_USE_BULLETS, '•').replace(CONTROL_CHARS, '');

  const lines = text.split('\n').map(normalizeLine);
  return collapseBlankLines(dehyphenate(mergeLoneBullets(lines))).join('\n');
}

function fixBrokenLigatures(text: string): string {
  // PDF extraction often emits a ligature as its own word ("ﬁ rst", "e ﬃ cient"). fi, fl, ffi and ffl
  // almost never end an English word, and ffi/ffl never start one, so those spaces are safe to drop.
  return text.replace(/([\ufb01-\ufb04]) (?=\p{Ll})/gu, '$1').replace(/(\p{Ll}) (?=[\ufb03\ufb04])/gu, '$1');
}

function normalizeLine(line: string): string {
  const joined = line
    .split(/( {2,})/)
    .map((part) => (isSpacedOutWord(part) ? part.replace(/ /g, '') : part))
    .join('');
  const collapsed = joined.replace(/ {2,}/g, ' ').trim();
  return collapsed.replace(BULLET_AT_LINE_START, '- ').trimEnd();
}

// "S K I L L S" or "E x p e r i e n c e": PDF letter-spacing that extraction turns into single letters.
function isSpacedOutWord(part: string): boolean {
  return /^(?:\p{Lu} ){3,}\p{Lu}$/u.test(part) || /^\p{Lu}(?: \p{Ll}){4,}$/u.test(part);
}

function mergeLoneBullets(lines: string[]): string[] {
  const merged: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '-') {
      merged.push(lines[i]!);
      continue;
    }
    // A bullet glyph on its own line belongs to the next line; with nothing after it, it is noise.
    const next = lines[i + 1];
    if (next && !next.startsWith('- ')) {
      merged.push(`- ${next}`);
      i++;
    }
  }
  return merged;
}

// Resume hyphens at line ends are mostly real compounds ("cross-\nfunctional"): browsers and Word do not
// hyphenate by default. So a hyphen is only dropped when nothing suggests a compound.
const COMPOUND_LEFT = new Set(
  'self well cross full half part high low long short non multi end real open first new front back hands fast world best state cost time data user cloud team client customer detail results mission year month day one two three four five top second third'.split(
    ' ',
  ),
);
const COMPOUND_RIGHT = new Set(
  'based driven oriented focused facing level scale time term end stack house known related solving making functional quality depth edge world date round site specific friendly ready critical sensitive intensive centric aware minded paced service wide tier class party led owned up on off in out'.split(
    ' ',
  ),
);

/** Rejoins "engi-" + "neering" across a line break; keeps the hyphen when the word looks like a compound. */
function dehyphenate(lines: string[]): string[] {
  const corpus = indexWords(lines.join('\n').toLowerCase());
  const out: string[] = [];
  let current = lines[0];
  let next = 1;
  while (current !== undefined) {
    const following = lines[next];
    const left = following === undefined ? null : /(?<![\p{L}\p{N}])(\p{L}*\p{Ll})-$/u.exec(current);
    const right = left ? /^(\p{Ll}+)(\S*)(.*)$/u.exec(following!) : null;
    if (!left || !right) {
      out.push(current);
      current = following;
      next++;
      continue;
    }
    const keepHyphen = isLikelyCompound(left[1]!, right[1]!, corpus);
    out.push((keepHyphen ? current : current.slice(0, -1)) + right[1]! + right[2]!);
    // The rest of the joined line is read on its own; when nothing is left, the line after it is.
    const rest = right[3]!.trim();
    current = rest === '' ? lines[next + 1] : rest;
    next += rest === '' ? 2 : 1;
  }
  return out;
}

interface WordIndex {
  /** Whole words, leaving out the fragments that start a line after "-\n". */
  words: Set<string>;
  /** "left-right" for every hyphen joining two words on one line. */
  compounds: Set<string>;
}

// Built once per document so that checking each line end is a lookup: a search of the whole text per line end
// made a long file of hyphenated lines take minutes.
function indexWords(corpus: string): WordIndex {
  const words = new Set<string>();
  const compounds = new Set<string>();
  let previous: { word: string; end: number } | null = null;
  for (const match of corpus.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    const start = match.index;
    const before = corpus[start - 1];
    if (before !== '-' && !(before === '\n' && corpus[start - 2] === '-')) words.add(word);
    if (before === '-' && previous?.end === start - 1) compounds.add(`${previous.word}-${word}`);
    previous = { word, end: start + word.length };
  }
  return { words, compounds };
}

function isLikelyCompound(leftWord: string, rightWord: string, corpus: WordIndex): boolean {
  const left = leftWord.toLowerCase();
  const right = rightWord.toLowerCase();
  if (corpus.words.has(left + right)) return false;
  if (corpus.compounds.has(`${left}-${right}`)) return true;
  if (/\p{Lu}/u.test(leftWord.slice(1)) || left.length === 1) return true; // "SyteLine-", "e-"
  if (COMPOUND_LEFT.has(left) || COMPOUND_RIGHT.has(right)) return true;
  if (left.length >= 5 && left.endsWith('ly')) return true; // "frequently-shifting"
  // A right half that is a word elsewhere in the document is a word here too; "neering" never is.
  return right.length >= 3 && corpus.words.has(right);
}

function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}
