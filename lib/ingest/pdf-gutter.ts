// Finds the gutter of a two-column page. Only x positions where the answer can change are tried (the edges of text,
// and the points between them), with sorted sweeps, so the cost follows the amount of text, never the page width:
// a page a billion points wide costs what a letter page with the same text costs.

/** A piece of a line as the gutter search sees it, in PDF user space. */
export interface ColumnChunk {
  x0: number;
  x1: number;
  y: number;
  /** Visible characters, to weigh the columns. */
  chars: number;
}

export interface GutterSearch {
  /** An x that splits the page into two real columns, or null. */
  x: number | null;
  /** Positions tried: at most 8 per chunk plus 3, whatever the page size. */
  candidates: number;
}

/** Text this close to the split crosses it. */
const GUTTER_MIN_WIDTH = 6;
const COLUMN_MIN_SHARE = 0.15;
const COLUMN_MIN_LINES = 5;

/**
 * Finds an x in [from, to] that splits the page into two real columns: each side holds a fair share of the text on
 * several lines, the sides share vertical space, and almost nothing in that shared band crosses the split (a
 * full-width name above the columns is fine). Right-aligned dates do not qualify: too little text. Of equally good
 * splits, the leftmost wins.
 */
export function findGutter(chunks: readonly ColumnChunk[], from: number, to: number): GutterSearch {
  const xs = candidatePositions(chunks, from, to);
  const minChars = COLUMN_MIN_SHARE * sum(chunks.map((c) => c.chars));
  const left = new LeftOf(chunks);
  const right = new RightOf(chunks);
  const band = new BandIndex(chunks);
  let best: { x: number; crossing: number } | null = null;
  for (const x of xs) {
    const l = left.at(x);
    const r = right.at(x);
    band.moveTo(x);
    const balanced = [l, r].every((side) => side.count >= COLUMN_MIN_LINES && side.chars >= minChars);
    if (!balanced) continue;
    const top = Math.min(l.maxY, r.maxY);
    const bottom = Math.max(l.minY, r.minY);
    if (top - bottom < 0.3 * Math.min(l.maxY - l.minY, r.maxY - r.minY)) continue;
    const { chars, crossing } = band.charsBetween(bottom, top);
    if (crossing > 0.1 * chars) continue;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  return { x: best?.x ?? null, candidates: xs.length };
}

/**
 * Which chunks lie left of x, right of x or across it changes only at a chunk's edges (and half a gutter beyond
 * them), so trying each edge and one point between neighbouring edges tries every distinct split.
 */
function candidatePositions(chunks: readonly ColumnChunk[], from: number, to: number): number[] {
  if (!(from <= to)) return [];
  const half = GUTTER_MIN_WIDTH / 2;
  const edges = chunks
    .flatMap((c) => [c.x0, c.x1, c.x0 - half, c.x1 + half])
    .filter((x) => x > from && x < to)
    .sort((a, b) => a - b);
  const xs = [from];
  for (const edge of [...edges, to]) {
    const previous = xs[xs.length - 1]!;
    if (edge === previous) continue;
    const between = previous + (edge - previous) / 2;
    if (between > previous && between < edge) xs.push(between);
    xs.push(edge);
  }
  return xs;
}

interface Side {
  count: number;
  chars: number;
  minY: number;
  maxY: number;
}

/** Chunks ending at or before x (x1 <= x), for x that only grows. */
class LeftOf {
  private readonly byEnd: ColumnChunk[];
  private next = 0;
  private readonly side: Side = { count: 0, chars: 0, minY: Infinity, maxY: -Infinity };

  constructor(chunks: readonly ColumnChunk[]) {
    this.byEnd = [...chunks].sort((a, b) => a.x1 - b.x1);
  }

  at(x: number): Side {
    for (let c = this.byEnd[this.next]; c && c.x1 <= x; c = this.byEnd[++this.next]) {
      this.side.count++;
      this.side.chars += c.chars;
      this.side.minY = Math.min(this.side.minY, c.y);
      this.side.maxY = Math.max(this.side.maxY, c.y);
    }
    return this.side;
  }
}

/** Chunks starting at or after x (x0 >= x), for x that only grows: suffix totals over the chunks sorted by x0. */
class RightOf {
  private readonly byStart: ColumnChunk[];
  private readonly suffix: Side[];
  private first = 0;

  constructor(chunks: readonly ColumnChunk[]) {
    this.byStart = [...chunks].sort((a, b) => a.x0 - b.x0);
    this.suffix = new Array<Side>(this.byStart.length + 1);
    let side: Side = { count: 0, chars: 0, minY: Infinity, maxY: -Infinity };
    this.suffix[this.byStart.length] = side;
    for (let i = this.byStart.length - 1; i >= 0; i--) {
      const c = this.byStart[i]!;
      side = {
        count: side.count + 1,
        chars: side.chars + c.chars,
        minY: Math.min(side.minY, c.y),
        maxY: Math.max(side.maxY, c.y),
      };
      this.suffix[i] = side;
    }
  }

  at(x: number): Side {
    while (this.first < this.byStart.length && this.byStart[this.first]!.x0 < x) this.first++;
    return this.suffix[this.first]!;
  }
}

/**
 * Characters of the chunks whose baseline lies in a vertical band, and of those among them that cross the current x
 * (closer than half a gutter): prefix sums over the chunks sorted by y, and a Fenwick tree over the same order
 * holding only the chunks across x, updated as x grows.
 */
class BandIndex {
  private readonly ys: number[];
  private readonly prefix: number[];
  private readonly crossingTree: number[];
  private readonly entering: Array<{ at: number; rank: number; chars: number }>;
  private readonly leaving: Array<{ at: number; rank: number; chars: number }>;
  private entered = 0;
  private left = 0;

  constructor(chunks: readonly ColumnChunk[]) {
    const half = GUTTER_MIN_WIDTH / 2;
    const byY = [...chunks].sort((a, b) => a.y - b.y);
    this.ys = byY.map((c) => c.y);
    this.prefix = [0];
    for (const c of byY) this.prefix.push(this.prefix[this.prefix.length - 1]! + c.chars);
    this.crossingTree = new Array<number>(byY.length + 1).fill(0);
    // A chunk with a negative width (mirrored text) crosses nothing.
    const spans = byY.flatMap((c, rank) =>
      c.x0 - half < c.x1 + half ? [{ from: c.x0 - half, to: c.x1 + half, rank, chars: c.chars }] : [],
    );
    this.entering = spans.map(({ from, rank, chars }) => ({ at: from, rank, chars }));
    this.leaving = spans.map(({ to, rank, chars }) => ({ at: to, rank, chars }));
    this.entering.sort((a, b) => a.at - b.at);
    this.leaving.sort((a, b) => a.at - b.at);
  }

  /** A chunk crosses x when x0 - half < x < x1 + half; x only grows. */
  moveTo(x: number): void {
    for (let e = this.entering[this.entered]; e && e.at < x; e = this.entering[++this.entered])
      this.add(e.rank, e.chars);
    for (let e = this.leaving[this.left]; e && e.at <= x; e = this.leaving[++this.left])
      this.add(e.rank, -e.chars);
  }

  charsBetween(bottom: number, top: number): { chars: number; crossing: number } {
    const lo = lowerBound(this.ys, bottom);
    const hi = upperBound(this.ys, top);
    if (hi <= lo) return { chars: 0, crossing: 0 };
    return {
      chars: this.prefix[hi]! - this.prefix[lo]!,
      crossing: this.treeSum(hi) - this.treeSum(lo),
    };
  }

  private add(rank: number, chars: number): void {
    for (let i = rank + 1; i < this.crossingTree.length; i += i & -i) this.crossingTree[i]! += chars;
  }

  /** Crossing characters of the first `count` chunks in y order. */
  private treeSum(count: number): number {
    let total = 0;
    for (let i = count; i > 0; i -= i & -i) total += this.crossingTree[i]!;
    return total;
  }
}

/** First index whose value is >= target. */
function lowerBound(sorted: number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > target. */
function upperBound(sorted: number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
