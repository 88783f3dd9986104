/** Timing helpers: every figure the bench prints is a median (or a percentile) of several runs after a warm-up. */

export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

/** Milliseconds `fn` takes. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Runs `fn` `warmup` times unmeasured, then up to `runs` times; returns each run's milliseconds. Past `budgetMs` it
 * stops early once it has 5 runs, so a slow measure does not hold the whole bench up.
 */
export async function sample(
  runs: number,
  fn: (i: number) => Promise<unknown>,
  warmup = 1,
  budgetMs = 20_000,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    out.push(await timed(() => fn(i)));
    if (out.length >= 5 && performance.now() - start > budgetMs) break;
  }
  return out;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

export function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

export function sleep(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}

export interface Row {
  section: string;
  /** Which database the figure was taken on, for sections that use one. */
  database?: 'PGlite' | 'Postgres';
  measure: string;
  value: string;
  target?: string;
  /** true met, false missed, undefined no target. */
  met?: boolean;
  note?: string;
}

export function printTable(rows: readonly Row[]): void {
  const header = ['#', 'database', 'measure', 'value', 'target', 'met', 'notes'];
  const cells = rows.map((r) => [
    r.section,
    r.database ?? '',
    r.measure,
    r.value,
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}
