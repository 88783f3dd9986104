// The bench's documents: the repo's own fixtures and demo postings, so `npm run bench` needs no data set.
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_JOBS, type DemoJob } from '../../services/demo-jobs';
import { chunkText } from '../../lib/embeddings/chunk';
import { extractDocument } from '../../lib/ingest/extract';
import { jobPassages, prepareJob, prepareResume } from '../../lib/match';

export const FIXTURES = path.join(process.cwd(), 'e2e', 'fixtures');
export const PDF_RESUME = path.join(FIXTURES, 'resume-ml-engineer.pdf');

export const readFixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

/** Text of the four fixture resumes (PDF, DOCX and text), read in this thread: setup, not a measured path. */
export async function baseResumeTexts(): Promise<string[]> {
  const names = ['resume-ml-engineer.pdf', 'resume-nurse.pdf', 'resume-accountant.txt', 'resume-frontend.md'];
  return Promise.all(names.map(async (n) => (await extractDocument(readFixture(n), n)).text));
}

/** Passages as the app embeds them: resume chunks and posting titles and requirements. */
export async function embeddingPassages(): Promise<string[]> {
  const resumes = (await baseResumeTexts()).flatMap((t) => prepareResume(t).chunks);
  const jobs = DEMO_JOBS.flatMap((j) => jobPassages(prepareJob(j.title, j.description)));
  return [...resumes, ...jobs, ...DEMO_JOBS.flatMap((j) => chunkText(j.description))];
}

const SENIORITY = ['', 'Senior ', 'Lead ', 'Junior ', 'Staff ', 'Principal '];
const CITIES = [
  'Austin, TX',
  'Denver, CO',
  'Remote (US)',
  'Boston, MA',
  'Chicago, IL',
  'Seattle, WA',
  'Atlanta, GA',
];

/** `n` distinct postings: the demo board with other seniorities and places (each one is embedded). */
export function jobVariants(n: number): DemoJob[] {
  return Array.from({ length: n }, (_, i) => {
    const base = DEMO_JOBS[i % DEMO_JOBS.length]!;
    const round = Math.floor(i / DEMO_JOBS.length);
    const location = CITIES[(i + round) % CITIES.length]!;
    return {
      ...base,
      title: `${SENIORITY[round % SENIORITY.length]}${base.title}`,
      location,
      description: round ? `${base.description}\n\nLocation: ${location}. Posting ${i}.` : base.description,
    };
  });
}

const FIRST = [
  'Alex',
  'Maria',
  'Wei',
  'Fatima',
  'Diego',
  'Aisha',
  'Tom',
  'Priya',
  'Kenji',
  'Olga',
  'Sam',
  'Noor',
];
const LAST = [
  'Garcia',
  'Chen',
  'Okafor',
  'Novak',
  'Silva',
  'Khan',
  'Murphy',
  'Tanaka',
  'Haddad',
  'Berg',
  'Lopez',
];

/**
 * The i-th of many distinct resumes made from the fixtures: another name, one bullet dropped, the skills lines in
 * another order, and a line of its own, so every file is new to the content-hash cache and is embedded in full.
 */
export function resumeVariant(bases: readonly string[], i: number): string {
  const lines = bases[i % bases.length]!.split('\n');
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
  lines[0] = name;
  const bullets = lines.map((l, k) => (/^\s*[-•*]/.test(l) ? k : -1)).filter((k) => k >= 0);
  if (bullets.length > 3) lines.splice(bullets[i % bullets.length]!, 1);
  const out = lines.join('\n');
  return `${out}\n\nReference ${i}: delivered ${3 + (i % 17)} projects with teams of ${2 + (i % 9)} in ${2015 + (i % 10)}.\n`;
}

/** A copy of a PDF that differs in its bytes only (a trailing comment), so it is a new file with the same text. */
export function distinctPdf(bytes: Uint8Array, i: number): Uint8Array {
  const tail = new TextEncoder().encode(`\n% copy ${i}\n`);
  const out = new Uint8Array(bytes.byteLength + tail.byteLength);
  out.set(bytes);
  out.set(tail, bytes.byteLength);
  return out;
}
