import type { Candidate } from './candidates';
import { impliedBy } from './graph';
import type { Lines } from './lines';
import { PRODUCT_CATEGORIES, skillAt } from './taxonomy';

// Mentions that name a skill's word without showing the skill: the label of a list ("Cloud: AWS, GCP") and the
// pastimes of a hobbies line ("Hobbies: boxing, yoga, jogging").

const LINE_OPENING = /^[\s\-*•·–—▪●◦>]*$/;
const LABEL_COLON = /^[ \t]*:/;
// An acronym ("AWS: EC2, S3") is a product's name even when its items belong to it.
const ACRONYM = /^[\p{Lu}\d&/.+#-]+$/u;
const NOT_LABELS: ReadonlySet<string> = new Set(['education', 'field']);

/**
 * "Cloud: AWS, Azure", "Version Control: Git", "Operating System: Windows", "MLOps: Docker, model deployment": a
 * broad skill written as the label of a list, at the start of its line and before a colon, names the kind of the
 * items listed. The items are the skills shown; the label is only their heading (and stays implied by them where
 * the graph says so). A product that labels a list keeps its mention ("Excel: pivot tables, VLOOKUP"), unless the
 * items listed after it are themselves skills that imply it, and then only when it is not written as an acronym.
 */
export function labelsList(
  c: Candidate,
  accepted: readonly Candidate[],
  text: string,
  lines: Lines,
): boolean {
  const [lineStart, lineEnd] = lines.bounds(c.start);
  if (!LINE_OPENING.test(text.slice(lineStart, c.start))) return false;
  const colon = LABEL_COLON.exec(text.slice(c.end, lineEnd));
  if (!colon) return false;
  const entry = skillAt(c.skill);
  // A degree heads its subject ("Bachelor of Science: Accounting"), which is no list of skills.
  if (NOT_LABELS.has(entry.category)) return false;
  // Without skills after it the label heads a duty ("Project Management: coordination between clients ..."),
  // which shows the skill.
  const items = accepted.filter((o) => o.start > c.end && o.end <= lineEnd).map((o) => skillAt(o.skill).name);
  if (!items.length) return false;
  if (!PRODUCT_CATEGORIES.has(entry.category)) return true;
  // A suite labelling its parts ("Microsoft Office: Word, Excel") is itself named: it stands for them all.
  if (entry.parts?.length || ACRONYM.test(text.slice(c.start, c.end))) return false;
  return impliedBy(items).has(entry.name);
}

/** A label that opens a list of pastimes: "Hobbies:" anywhere in a line, or "Interests" heading its own line. */
const HOBBY_WORDS =
  '(hobbies|hobby|hobbys|interests|personal interests|pastimes|leisure( activities)?|extracurricular activities)';
const HOBBY_LABEL = new RegExp(
  `^[\\s\\-*•·–—▪●◦]*${HOBBY_WORDS}[ \\t]*(:|$)|\\b${HOBBY_WORDS}[ \\t]*:`,
  'gimu',
);

const HOBBY_BLOCK_LINES = 3;
const HOBBY_BLOCK_CHARS = 300;
const HOBBY_LINE_CHARS = 120;

/**
 * Character ranges of a text that list pastimes: the rest of a line labelled "Hobbies:" or "Interests:", or the
 * few lines under such a heading, up to a blank line. Boxing, yoga or travel named there is a pastime, not a
 * skill shown.
 */
export function hobbyRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(HOBBY_LABEL)) {
    const from = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', from);
    // Within the line, and not far along it: a label inside run-on text is followed by other fields.
    const restOfLine = text.slice(
      from,
      Math.min(lineEnd === -1 ? text.length : lineEnd, from + HOBBY_LINE_CHARS),
    );
    if (restOfLine.trim()) {
      out.push([from, from + restOfLine.length]);
      continue;
    }
    // A heading alone on its line: the few lines below it, up to a blank line.
    const block = text.slice(from, from + HOBBY_BLOCK_CHARS);
    const lines = block.split('\n').slice(0, HOBBY_BLOCK_LINES + 1);
    const blank = lines.findIndex((l, k) => k > 1 && !l.trim());
    const kept = blank === -1 ? lines : lines.slice(0, blank);
    out.push([from, from + kept.join('\n').length]);
  }
  return out;
}
