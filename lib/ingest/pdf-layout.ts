// Turns positioned PDF text runs into reading-order lines. pdf.js gives runs in content-stream order with
// coordinates; we rebuild lines from baselines, insert spaces from horizontal gaps, mark paragraphs from
// vertical gaps, and read two-column pages column by column so words from both columns never interleave.
import { findGutter } from './pdf-gutter';

/** A run of text as pdf.js reports it, in PDF user space (origin bottom-left). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** pdf.js saw a whitespace run just before this one. */
  spaceBefore?: boolean;
}

/** The page's horizontal extent in PDF user space (MediaBox and CropBox as pdf.js reports them). */
export interface PageSpan {
  x0: number;
  x1: number;
}

interface Line {
  runs: TextRun[];
  x0: number;
  x1: number;
  /** The baseline of the longest run (the leftmost of equals). */
  y: number;
  size: number;
  dominant: TextRun;
}

// Gaps are measured in font sizes (ems).
const SAME_BASELINE_EMS = 0.45;
const WORD_GAP_EMS = 0.12;
const CHUNK_GAP_EMS = 1.5;
const PARAGRAPH_GAP_RATIO = 1.3;
// A gutter is looked for in the middle of the text's width, not near its edges.
const GUTTER_SEARCH_FROM = 0.2;
const GUTTER_SEARCH_TO = 0.8;

/**
 * Lays out one page; returns its lines in reading order, with '' between paragraphs. The cost follows the number of
 * runs, whatever the page's size; the page only keeps text drawn far outside it from moving the column search.
 */
export function layoutPage(runs: TextRun[], page?: PageSpan): string[] {
  const visible = runs.filter(
    (run) => run.size > 0 && [run.x, run.y, run.width, run.size, run.x + run.width].every(Number.isFinite),
  );
  if (visible.length === 0) return [];
  const chunks = groupIntoLines(visible).flatMap(splitAtWideGaps);
  const gutter = columnGutter(chunks, page);
  const ordered = gutter === null ? mergeBaselines(chunks) : readColumns(chunks, gutter);
  return withParagraphBreaks(ordered);
}

/** Consecutive runs (in stream order) on one baseline form a line; runs inside are sorted left to right. */
function groupIntoLines(runs: TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: TextRun[] = [];
  for (const run of runs) {
    const previous = current[current.length - 1];
    if (previous && !onSameBaseline(previous, run)) {
      lines.push(toLine(current));
      current = [];
    }
    current.push(run);
  }
  if (current.length > 0) lines.push(toLine(current));
  return lines;
}

function onSameBaseline(a: { y: number; size: number }, b: { y: number; size: number }): boolean {
  return Math.abs(a.y - b.y) <= SAME_BASELINE_EMS * Math.max(a.size, b.size);
}

function toLine(runs: TextRun[]): Line {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const dominant = sorted.reduce((best, run) => (run.text.length > best.text.length ? run : best));
  return {
    runs: sorted,
    x0: sorted[0]!.x,
    // reduce, not Math.max(...): a line of a crafted page can hold more runs than a call takes arguments.
    x1: sorted.reduce((max, run) => Math.max(max, run.x + run.width), -Infinity),
    y: dominant.y,
    size: sorted.reduce((max, run) => Math.max(max, run.size), 0),
    dominant,
  };
}

/** Splits a line where a gap is far wider than a space (tab stops, a neighbouring column). */
function splitAtWideGaps(line: Line): Line[] {
  const pieces: TextRun[][] = [[]];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const run of line.runs) {
    if (run.x - previousEnd > CHUNK_GAP_EMS * run.size) pieces.push([]);
    pieces[pieces.length - 1]!.push(run);
    previousEnd = Math.max(previousEnd, run.x + run.width);
  }
  return pieces.filter((piece) => piece.length > 0).map(toLine);
}

/** Where the page splits into two columns, searched across the text's own width (on the page, when it has any). */
function columnGutter(chunks: Line[], page: PageSpan | undefined): number | null {
  let from = chunks.reduce((min, c) => Math.min(min, c.x0), Infinity);
  let to = chunks.reduce((max, c) => Math.max(max, c.x1), -Infinity);
  if (page && Math.max(from, page.x0) < Math.min(to, page.x1)) {
    from = Math.max(from, page.x0);
    to = Math.min(to, page.x1);
  }
  const width = to - from;
  const columnChunks = chunks.map((c) => ({ x0: c.x0, x1: c.x1, y: c.y, chars: textLength(c) }));
  return findGutter(columnChunks, from + GUTTER_SEARCH_FROM * width, from + GUTTER_SEARCH_TO * width).x;
}

/** Reads chunks top to bottom; full-width chunks split the page into bands, read left column then right. */
function readColumns(chunks: Line[], gutter: number): Line[] {
  const top = [...chunks].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = (): void => {
    for (const line of [...mergeBaselines(left), ...mergeBaselines(right)]) out.push(line);
    left = [];
    right = [];
  };
  for (const chunk of top) {
    if (chunk.x1 <= gutter) left.push(chunk);
    else if (chunk.x0 >= gutter) right.push(chunk);
    else {
      flush();
      out.push(chunk);
    }
  }
  flush();
  return out;
}

/**
 * Joins chunks that sit on the same baseline next to each other again ("Engineer" + "2019 – 2021"). A joined line's
 * runs are gathered and sorted once, not at every join, so a baseline of many chunks costs no more than its runs.
 */
function mergeBaselines(chunks: Line[]): Line[] {
  const out: Line[] = [];
  let group: Line[] = [];
  let joined: LineShape | null = null;
  const finish = (): void => {
    if (group.length === 1) out.push(group[0]!);
    else if (group.length > 1) out.push(toLine(group.flatMap((chunk) => chunk.runs)));
  };
  for (const chunk of chunks) {
    if (joined && onSameBaseline(joined, chunk) && chunk.x0 >= joined.x1 - chunk.size) {
      group.push(chunk);
      joined = joinLines(joined, chunk);
    } else {
      finish();
      group = [chunk];
      joined = chunk;
    }
  }
  finish();
  return out;
}

type LineShape = Omit<Line, 'runs'>;

/** The line toLine would make of both lines' runs, but for the runs themselves (see mergeBaselines). */
function joinLines(a: LineShape, b: LineShape): LineShape {
  const longer = b.dominant.text.length - a.dominant.text.length;
  const dominant = longer > 0 || (longer === 0 && b.dominant.x < a.dominant.x) ? b.dominant : a.dominant;
  return {
    x0: Math.min(a.x0, b.x0),
    x1: Math.max(a.x1, b.x1),
    y: dominant.y,
    size: Math.max(a.size, b.size),
    dominant,
  };
}

function withParagraphBreaks(lines: Line[]): string[] {
  const steps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const pitch = median(steps.filter((step, i) => step > 0 && step < 2.5 * lines[i + 1]!.size));
  const out: string[] = [];
  lines.forEach((line, i) => {
    const step = steps[i - 1];
    const previous = lines[i - 1];
    if (step !== undefined && previous) {
      const expected = pitch ?? 1.2 * Math.max(previous.size, line.size);
      if (step < 0 || step > PARAGRAPH_GAP_RATIO * expected) out.push('');
    }
    out.push(lineText(line));
  });
  return out;
}

function lineText(line: Line): string {
  let text = '';
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const run of line.runs) {
    const gap = run.x - previousEnd;
    const spaced = gap > WORD_GAP_EMS * run.size || run.spaceBefore === true;
    // The last character alone: /\s$/ on the whole text would rescan it for every run.
    const needsSpace = text !== '' && spaced && !/\s/.test(text[text.length - 1]!) && !/^\s/.test(run.text);
    text += (needsSpace ? ' ' : '') + run.text;
    previousEnd = Math.max(previousEnd, run.x + run.width);
  }
  return text;
}

function textLength(line: Line): number {
  return sum(line.runs.map((run) => run.text.trim().length));
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
