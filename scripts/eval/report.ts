/** The printed table and the JSON record of a run. */
import fs from 'node:fs';
import path from 'node:path';

export interface Target {
  op: '>=' | '<=';
  value: number;
}

export interface Row {
  metric: string;
  /** What it was measured on, e.g. "eval-dev, 39 postings". */
  data: string;
  rolefit: number | null;
  /** BM25 for the rankings; the every-capitalised-word extractor for skills. */
  keyword: number | null;
  cosine: number | null;
  target: Target | null;
  /** Decimals to print: 2 for shares and correlations, fewer for counts. */
  digits: number;
}

export function meetsTarget(row: Row): boolean | null {
  if (row.target === null || row.rolefit === null) return null;
  return row.target.op === '>=' ? row.rolefit >= row.target.value : row.rolefit <= row.target.value;
}

function num(x: number | null, digits: number): string {
  return x === null || Number.isNaN(x) ? '—' : x.toFixed(digits);
}

function targetValue(x: number, digits: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(digits);
}

/** A plain-text table with aligned columns: text left, numbers right. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['Metric', 'Data', 'Rolefit', 'Keyword¹', 'Cosine²', 'Target', 'Met'];
  const body = rows.map((r) => {
    const met = meetsTarget(r);
    return [
      r.metric,
      r.data,
      num(r.rolefit, r.digits),
      num(r.keyword, r.digits),
      num(r.cosine, r.digits),
      r.target ? `${r.target.op === '>=' ? '≥' : '≤'} ${targetValue(r.target.value, r.digits)}` : '—',
      met === null ? '—' : met ? 'yes' : 'no',
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((cells) => cells[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...body.map(line),
    '',
    '¹ Keyword baseline: BM25 (k1 1.2, b 0.75) for rankings; every capitalised word and word pair for skills.',
    '² Whole-document MiniLM cosine: each document embedded as one text, truncated at the model window.',
  ].join('\n');
}

export function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
