/** Start and end offsets of each line, for binary search: a posting can be one 5,000-word line. */
export class Lines {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  startOf(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return this.starts[lo]!;
  }
  bounds(at: number): [number, number] {
    const start = this.startOf(at);
    const nl = this.text.indexOf('\n', start);
    return [start, nl === -1 ? this.text.length : nl];
  }
}

/** Short words a title leaves in lower case ("Director of Sales and Marketing"). */
const TITLE_SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'at', 'to', '&', '-', '–', '|', '/']);
/** The longest run of capitalised words read as a heading or a title rather than a sentence. */
const MAX_TITLE_WORDS = 10;
/**
 * From this share of capitalised words (a title's small words aside), a line that does not open with a deed reads as a
 * list of names, a skills block run together ("HRIS applications (SAP) Proficient with MS Office (Word, Excel,
 * PowerPoint) Payroll Softwares for Payroll Processing"), not as a sentence about work.
 */
const LIST_CAPITALISED_SHARE = 0.8;
/** From this share of words that end in a comma, a line that does not open with a deed is a list ("Skills benefits, budget, client, hiring, HRIS,"). */
const LIST_COMMA_SHARE = 0.4;
/** A first word that says something was done ("Managed", "Providing", "Built"): the line is about work. */
const DEED =
  /^(?:\p{L}{3,}(?:ed|ing)|built|led|ran|wrote|made|drove|grew|won|taught|set|oversaw|took|kept|sold|met|began|brought|held|spent|sent|found|did|cut|chose|undertook|spoke)$/iu;

/**
 * A heading, a label, a title or a list of names ("BUSINESS DEVELOPMENT", "Senior Data Analyst", "CORE FUNCTIONAL
 * STRENGTHS HR Generalist Responsibilities Benefits/Payroll"): it names something but says nothing done, so it is no
 * skill's quote when a sentence names the skill, and it covers no requirement. One or two words, no word in lower
 * case, up to ten words each capitalised but for a title's small words, or, after a first word that is no deed, mostly
 * capitalised words or words in a comma list. Applied to one sentence, not a whole passage.
 */
export function isLabel(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= 2 || !/\p{Ll}/u.test(text)) return true;
  const capitalised = (w: string) => /^[\p{Lu}\d(]/u.test(w);
  if (words.length <= MAX_TITLE_WORDS && words.every((w) => capitalised(w) || TITLE_SMALL_WORDS.has(w)))
    return true;
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w));
  if (DEED.test(words[0]!.replace(/[^\p{L}]/gu, ''))) return false;
  return (
    content.filter(capitalised).length >= LIST_CAPITALISED_SHARE * content.length ||
    words.filter((w) => w.endsWith(',')).length >= LIST_COMMA_SHARE * words.length
  );
}

/**
 * A line that ends where a sentence cannot ("…and submit the", "including Facebook,"): the sentence goes on in the next
 * line, whatever its case ("BSA to the corporate accounting department."), as a PDF or a paste wraps it.
 */
export const OPEN_END =
  /(?:,|\b(?:and|or|of|the|a|an|to|for|with|in|on|including|such as|like|as|by|from|at|between|their|our|your|its)|&)\s*$/i;

/**
 * Whether line `next` goes on the sentence line `prev` leaves open, as a PDF or a paste wraps one: `prev` ends with no
 * stop and `next` goes on in lower case ("…to ensure all projects are" / "completed on time."), or `prev` ends where no
 * sentence can, whatever the case of `next` (OPEN_END).
 */
export function continuesLine(prev: string, next: string): boolean {
  if (!prev.trim() || !next.trim()) return false;
  return (/[^.!?;:\s]\s*$/.test(prev) && /^\s*\p{Ll}/u.test(next)) || OPEN_END.test(prev);
}

/** Lines with the sentences a PDF or a paste wrapped over several joined, each once; `keep` holds a line apart. */
export function unwrappedLines(text: string, keep: (line: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !keep(prev) && !keep(line) && continuesLine(prev, line))
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}
