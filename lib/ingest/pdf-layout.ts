// Turns positioned PDF text runs into reading-order lines. pdf.js gives runs in content-stream order with
// coordinates; we rebuild lines from baselines, insert spaces from horizontal gaps, mark paragraphs from
// vertical gaps, and read two-column pages column by column so words from both columns never interleave.

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

interface Line {
  runs: TextRun[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

// Gaps are measured in font sizes (ems).
const SAME_BASELINE_EMS = 0.45;
const WORD_GAP_EMS = 0.12;
const CHUNK_GAP_EMS = 1.5;
const PARAGRAPH_GAP_RATIO = 1.3;
const GUTTER_MIN_WIDTH = 6;
const COLUMN_MIN_SHARE = 0.15;
const COLUMN_MIN_LINES = 5;

/** Lays out one page; returns its lines in reading order, with '' between paragraphs. */
export function layoutPage(runs: TextRun[], pageWidth: number): string[] {
  const visible = runs.filter((run) => run.size > 0);
  if (visible.length === 0) return [];
  const chunks = groupIntoLines(visible).flatMap(splitAtWideGaps);
  const gutter = findGutter(chunks, pageWidth);
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
    x1: Math.max(...sorted.map((run) => run.x + run.width)),
    y: dominant.y,
    size: Math.max(...sorted.map((run) => run.size)),
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

/**
 * Finds an x position that splits the page into two real columns: each side holds a fair share of the
 * text on several lines, the sides share vertical space, and almost nothing in that shared band crosses
 * the split (a full-width name above the columns is fine). Right-aligned dates do not qualify: too little text.
 */
function findGutter(chunks: Line[], pageWidth: number): number | null {
  const totalChars = sum(chunks.map(textLength));
  let best: { x: number; crossing: number } | null = null;
  for (let x = pageWidth * 0.2; x <= pageWidth * 0.8; x += 2) {
    const left = chunks.filter((c) => c.x1 <= x);
    const right = chunks.filter((c) => c.x0 >= x);
    const balanced = [left, right].every(
      (side) => side.length >= COLUMN_MIN_LINES && sum(side.map(textLength)) >= totalChars * COLUMN_MIN_SHARE,
    );
    if (!balanced) continue;
    const top = Math.min(maxY(left), maxY(right));
    const bottom = Math.max(minY(left), minY(right));
    if (top - bottom < 0.3 * Math.min(maxY(left) - minY(left), maxY(right) - minY(right))) continue;
    const inBand = chunks.filter((c) => c.y <= top && c.y >= bottom);
    const crossing = inBand.filter((c) => c.x0 < x + GUTTER_MIN_WIDTH / 2 && c.x1 > x - GUTTER_MIN_WIDTH / 2);
    const crossingChars = sum(crossing.map(textLength));
    if (crossingChars > 0.1 * sum(inBand.map(textLength))) continue;
    if (!best || crossingChars < best.crossing) best = { x, crossing: crossingChars };
  }
  return best?.x ?? null;
}

/** Reads chunks top to bottom; full-width chunks split the page into bands, read left column then right. */
function readColumns(chunks: Line[], gutter: number): Line[] {
  const top = [...chunks].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = (): void => {
    out.push(...mergeBaselines(left), ...mergeBaselines(right));
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

/** Joins chunks that sit on the same baseline next to each other again ("Engineer" + "2019 – 2021"). */
function mergeBaselines(chunks: Line[]): Line[] {
  const out: Line[] = [];
  for (const chunk of chunks) {
    const previous = out[out.length - 1];
    if (previous && onSameBaseline(previous, chunk) && chunk.x0 >= previous.x1 - chunk.size) {
      out[out.length - 1] = toLine([...previous.runs, ...chunk.runs]);
    } else {
      out.push(chunk);
    }
  }
  return out;
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
    const needsSpace = text !== '' && spaced && !/\s$/.test(text) && !/^\s/.test(run.text);
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

function minY(lines: Line[]): number {
  return Math.min(...lines.map((line) => line.y));
}

function maxY(lines: Line[]): number {
  return Math.max(...lines.map((line) => line.y));
}
