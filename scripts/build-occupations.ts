/**
 * Regenerates lib/occupation/esco-titles.json from the ESCO CSV files (default /work/shared/data/esco, or the
 * folder given as the first argument): per occupation its code, preferred label and normalised titles, plus the
 * ISCO-08 group labels. Run with `npx tsx scripts/build-occupations.ts [esco-dir]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeTitle } from '../lib/occupation/normalize';
import type { EscoData, EscoOccupationRow } from '../lib/occupation/types';
import { parseCsv } from '../lib/export/csv';

const ESCO_DIR = process.argv[2] ?? '/work/shared/data/esco';
const OUT = fileURLToPath(new URL('../lib/occupation/esco-titles.json', import.meta.url));
/**
 * A short alternative label (one or two words) whose words sit in the titles of this many occupations may name
 * none of them well; longer labels ("business development manager") are specific enough.
 */
const GENERIC_AT = 4;
const GENERIC_WORDS = 2;
/** Below this weight a generic title misleads more than it helps ("team leader" for a zoo section leader). */
const MIN_GENERIC_WEIGHT = 0.08;

function readTable(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path.join(ESCO_DIR, file), 'utf8'));
  if (!header) throw new Error(`${file} is empty`);
  return rows
    .filter((r) => r.length > 1 || r[0])
    .map((r, n) => {
      if (r.length !== header.length)
        throw new Error(`${file} row ${n + 2} has ${r.length} fields, not ${header.length}`);
      return Object.fromEntries(header.map((h, i) => [h, r[i]!]));
    });
}

/** "steward/stewardess" and "cnc programmer/machinist" name two titles each; "a b/c d" names "a b" and "c d". */
function slashVariants(label: string): string[] {
  if (!label.includes('/')) return [label];
  const sides = label.split('/').map((s) => s.trim());
  if (sides.every((s) => s.includes(' '))) return sides;
  const variants = new Set<string>();
  const words = label.split(/\s+/);
  const at = words.findIndex((w) => w.includes('/'));
  for (const choice of words[at]!.split('/'))
    variants.add([...words.slice(0, at), choice, ...words.slice(at + 1)].join(' '));
  return [...variants];
}

/** Bracketed qualifiers go in front so the head noun stays last: "social worker (child care)". */
const unbracket = (label: string) => {
  const inner = [...label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).join(' ');
  return `${inner} ${label.replace(/\([^)]*\)/g, ' ')}`;
};

function main() {
  const occupations = readTable('occupations.csv');
  const groups = readTable('ISCOGroups.csv');
  const raw = occupations.map((o) => ({
    code: o.CODE!,
    isco: o.ISCOGROUPCODE!,
    label: o.PREFERREDLABEL!.trim(),
    alts: o
      .ALTLABELS!.split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
  }));
  for (const o of raw)
    if (!o.code.startsWith(`${o.isco}.`)) throw new Error(`${o.code} is not under ISCO group ${o.isco}`);

  // Head nouns seen in labels without commas decide how "technical supervisor, asphalt production" reads.
  const heads = new Map<string, number>();
  for (const o of raw)
    for (const label of [o.label, ...o.alts])
      if (!label.includes(',')) {
        const head = normalizeTitle(unbracket(label)).at(-1);
        if (head) heads.set(head, (heads.get(head) ?? 0) + 1);
      }
  const isHead = (text: string) => (heads.get(normalizeTitle(text).at(-1) ?? '') ?? 0) >= 3;
  const titlesOf = (label: string): string[] =>
    slashVariants(label).map((variant) => {
      let text = unbracket(variant);
      const comma = text.indexOf(',');
      if (comma > 0) {
        const [before, after] = [text.slice(0, comma), text.slice(comma + 1)];
        if (isHead(before) && !isHead(after) && !/\band\b/.test(after)) text = `${after} ${before}`;
      }
      return normalizeTitle(text).join(' ');
    });

  const entries = raw.map((o) => {
    const preferred = [...new Set(titlesOf(o.label))];
    const alts = [...new Set(o.alts.flatMap(titlesOf))].filter((t) => t && !preferred.includes(t));
    return { ...o, preferred, alts };
  });

  // Which occupations have some title containing every word of a given title.
  const postings = new Map<string, Set<number>>();
  entries.forEach((e, i) => {
    for (const t of [...e.preferred, ...e.alts])
      for (const w of t.split(' ')) {
        const set = postings.get(w) ?? new Set<number>();
        set.add(i);
        postings.set(w, set);
      }
  });
  const titleSets = entries.map((e) => [...e.preferred, ...e.alts].map((t) => new Set(t.split(' '))));
  const holders = (title: string) => {
    const words = title.split(' ');
    const [first, ...rest] = words.map((w) => postings.get(w)!).sort((a, b) => a.size - b.size);
    return [...first!].filter(
      (i) => rest.every((s) => s.has(i)) && titleSets[i]!.some((set) => words.every((w) => set.has(w))),
    );
  };

  let generic = 0;
  let dropped = 0;
  const rows: EscoOccupationRow[] = entries.map((e) => {
    const plain: string[] = [];
    const weak: [string, number][] = [];
    for (const t of e.alts) {
      const found = holders(t);
      if (t.split(' ').length > GENERIC_WORDS || found.length < GENERIC_AT) {
        plain.push(t);
        continue;
      }
      // "software engineer" sits in the titles of eight occupations, most of them software work; "teacher" in
      // 125 across all of education; "team leader" in 49 across every trade.
      const share = (digits: number) =>
        found.filter((i) => entries[i]!.isco.slice(0, digits) === e.isco.slice(0, digits)).length /
        found.length;
      const weight = ((share(2) + share(3)) / 2) * Math.sqrt(Math.min(1, 8 / found.length));
      if (weight < MIN_GENERIC_WEIGHT) dropped++;
      else weak.push([t, Math.round(weight * 100) / 100]);
    }
    generic += weak.length;
    const row: EscoOccupationRow = [e.code, e.label, e.preferred, plain];
    if (weak.length) row.push(weak);
    return row;
  });

  const data: EscoData = {
    source: 'ESCO v1.1.1 occupations (European Commission), via tabiya-tech/tabiya-open-dataset',
    groups: Object.fromEntries(groups.map((g) => [g.CODE!, g.PREFERREDLABEL!.trim()])),
    occupations: rows,
  };
  // One occupation per line keeps diffs of a rebuild readable.
  const json = `{"source":${JSON.stringify(data.source)},\n"groups":${JSON.stringify(data.groups)},\n"occupations":[\n${rows
    .map((r) => JSON.stringify(r))
    .join(',\n')}\n]}\n`;
  writeFileSync(OUT, json);
  const titles = rows.reduce((n, r) => n + r[2].length + r[3].length + (r[4]?.length ?? 0), 0);
  console.log(
    `${rows.length} occupations, ${titles} titles (${generic} generic, ${dropped} dropped), ${Object.keys(data.groups).length} ISCO groups, ${(json.length / 1024).toFixed(0)} KB -> ${OUT}`,
  );
}

main();
