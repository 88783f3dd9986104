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
