/**
 * Names and contacts: runs parseContact on each labelled resume (eval/fixtures/contacts/labels.json) as the app
 * reads it, and scores each field by exact match. `npx tsx scripts/eval/contacts.ts [--verbose]` prints it alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { readDocument } from '../../cli/documents';
import { parseContact, type Contact } from '../../lib/structure/contact';
import type { Row } from './report';

const FIELDS = ['name', 'email', 'phone', 'location', 'links'] as const;
type Field = (typeof FIELDS)[number];

const LabelSchema = z.object({
  file: z.string(),
  source: z.enum(['eval-dev', 'repo']),
  split: z.enum(['tune', 'test']),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  location: z.string().nullable(),
  links: z.array(z.string()),
  note: z.string().optional(),
});
const LabelsSchema = z.object({ resumes: z.array(LabelSchema).min(1) });
type Label = z.infer<typeof LabelSchema>;

export interface ContactScores {
  resumes: number;
  /** Share of resumes whose field matches the label exactly, per field. */
  fields: Record<Field, number>;
  /** Share of resumes with every field exact. */
  exact: number;
  /** Resumes where a name was returned that is not the labelled one (a heading or title taken for a name). */
  wrongNames: number;
}

export interface ContactMismatch {
  file: string;
  split: Label['split'];
  field: Field;
  expected: string;
  got: string;
}

export interface ContactsResult {
  overall: ContactScores;
  tune: ContactScores;
  test: ContactScores;
  mismatches: ContactMismatch[];
  /** Labelled eval-dev resumes left out because the folder is absent. */
  skipped: number;
}

const LABELS = path.join('eval', 'fixtures', 'contacts', 'labels.json');

const comparable: Record<Field, (value: Contact[Field]) => string> = {
  name: (v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : ''),
  email: (v) => (typeof v === 'string' ? v.trim().toLowerCase() : ''),
  phone: (v) => (typeof v === 'string' ? v.replace(/\D/g, '') : ''),
  location: (v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : ''),
  links: (v) =>
    [
      ...new Set(
        (Array.isArray(v) ? v : []).map((l) =>
          l
            .trim()
            .replace(/^https?:\/\//i, '')
            .replace(/\/+$/, ''),
        ),
      ),
    ]
      .sort()
      .join(' '),
};

function show(value: Contact[Field]): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : (value ?? 'null');
}

function score(rows: { label: Label; got: Contact }[]): ContactScores {
  const share = (ok: (r: { label: Label; got: Contact }) => boolean) =>
    rows.length ? rows.filter(ok).length / rows.length : 0;
  const same = (r: { label: Label; got: Contact }, f: Field) =>
    comparable[f](r.label[f]) === comparable[f](r.got[f]);
  const fields = Object.fromEntries(FIELDS.map((f) => [f, share((r) => same(r, f))])) as Record<
    Field,
    number
  >;
  return {
    resumes: rows.length,
    fields,
    exact: share((r) => FIELDS.every((f) => same(r, f))),
    wrongNames: rows.filter((r) => r.got.name !== null && !same(r, 'name')).length,
  };
}

export async function evaluateContacts(evalDevDir: string | null, repoRoot: string): Promise<ContactsResult> {
  const { resumes } = LabelsSchema.parse(JSON.parse(fs.readFileSync(path.join(repoRoot, LABELS), 'utf8')));
  const haveEvalDev = evalDevDir !== null && fs.existsSync(evalDevDir);
  const used = resumes.filter((r) => r.source === 'repo' || haveEvalDev);
  const rows = await Promise.all(
    used.map(async (label) => {
      const file = path.join(label.source === 'repo' ? repoRoot : evalDevDir!, label.file);
      return { label, got: parseContact(await readDocument(file)) };
    }),
  );
  const mismatches = rows.flatMap(({ label, got }) =>
    FIELDS.filter((f) => comparable[f](label[f]) !== comparable[f](got[f])).map((field) => ({
      file: label.file,
      split: label.split,
      field,
      expected: show(label[field]),
      got: show(got[field]),
    })),
  );
  return {
    overall: score(rows),
    tune: score(rows.filter((r) => r.label.split === 'tune')),
    test: score(rows.filter((r) => r.label.split === 'test')),
    mismatches,
    skipped: resumes.length - used.length,
  };
}

export function contactRows(result: ContactsResult): Row[] {
  const { overall, test } = result;
  return [
    {
      metric: 'Names and contacts: exact',
      data: `labelled, ${overall.resumes} resumes (held-out ${test.resumes}: ${test.exact.toFixed(2)}), ${overall.wrongNames} wrong names`,
      rolefit: overall.exact,
      keyword: null,
      cosine: null,
      target: { op: '>=', value: 0.95 },
      digits: 2,
    },
  ];
}

export function formatContacts(result: ContactsResult, verbose: boolean): string {
  const f2 = (x: number) => x.toFixed(2);
  const lines = [`split    n    exact  ${FIELDS.map((f) => f.padStart(9)).join('')}  wrong names`];
  for (const split of ['tune', 'test', 'overall'] as const) {
    const s = result[split];
    lines.push(
      `${split.padEnd(7)} ${String(s.resumes).padStart(3)}  ${f2(s.exact).padStart(6)}  ${FIELDS.map((f) => f2(s.fields[f]).padStart(9)).join('')}  ${s.wrongNames}`,
    );
  }
  if (result.skipped) lines.push(`(${result.skipped} eval-dev resumes skipped: folder not found)`);
  if (verbose)
    for (const m of result.mismatches)
      lines.push(`${m.split} ${m.file} ${m.field}: expected ${m.expected}, got ${m.got}`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const evalDevDir = path.resolve(
    process.env.EVAL_DEV_DIR ?? path.join(repoRoot, '..', 'shared', 'eval-dev'),
  );
  evaluateContacts(evalDevDir, repoRoot)
    .then((r) => process.stdout.write(`${formatContacts(r, process.argv.includes('--verbose'))}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    });
}
