// A job ranking five candidates of varied scores, skills, years and texts, for the db tests of the ranked-candidates
// table and its pipeline (db/ranking.test.ts) and of duplicates (db/resumes.test.ts).
import type { MatchResult } from '../lib/match/types';
import { DEFAULT_FILTERS, type CandidateFilters } from '../lib/workspace/filters';
import { insertRecruiter } from '../db/accounts';
import { insertJob } from '../db/jobs';
import { completeResume } from '../db/processing';
import { insertResume } from '../db/resumes';
import { plainJob } from './db-fixtures';

/** A stored result with this exact score and these skills. */
export function result(
  score: number,
  matched: string[],
  implied: string[] = [],
  missingRequired: string[] = [],
): MatchResult {
  return {
    score: Math.round(score),
    exact: score,
    band: score >= 70 ? 'strong' : score >= 45 ? 'partial' : 'weak',
    breakdown: { requirements: 0.5, skills: 0.5, title: 0.5, experience: null },
    skills: {
      matched,
      implied: implied.map((name) => ({ name, via: `${name} tool` })),
      missing: { required: missingRequired, preferred: [] },
      related: [],
    },
    requirements: [],
    reasons: [],
    gaps: [],
  };
}

/** name, score, matched, implied, years, text: r0..r4 in upload order. */
export const PEOPLE: [string | null, number, string[], string[], number | null, string][] = [
  ['Ada Byron', 91, ['Kubernetes', 'Python'], [], 9, 'platform work in Berlin'],
  ['Grace Hopper', 80.4, ['Python'], ['Kubernetes'], 12, 'compilers; 100% uptime_rate'],
  ['Alan Turing', 69.6, ['Python'], [], 4, 'cryptanalysis'],
  [null, 55, ['Kubernetes'], [], null, 'anonymous operator'],
  ['Edsger Dijkstra', 30, [], [], 20, 'shortest paths in Berlin'],
];

export const JOB = plainJob({ id: 'job', ownerId: 'rec', title: 'Platform Engineer' });

export const filters = (f: Partial<CandidateFilters>): CandidateFilters => ({ ...DEFAULT_FILTERS, ...f });
export const names = (rows: { candidateName: string | null; filename: string }[]) =>
  rows.map((r) => r.candidateName ?? r.filename);

/** Recruiter `rec`, job `job` (theirs), and resumes r0..r4 (PEOPLE, in upload order) scored for it. */
export async function seedRankedCandidates(): Promise<void> {
  await insertRecruiter({ id: 'rec', email: 'rec@example.com', passwordHash: 'x' });
  await insertJob(JOB);
  for (const [i, [name, score, matched, implied, years, text]] of PEOPLE.entries()) {
    const id = `r${i}`;
    await insertResume({
      id,
      filename: `${id}.txt`,
      kind: 'text',
      sizeBytes: 1,
      contentHash: `hash-${i % 4}`,
      original: new Uint8Array([1]),
      text,
      candidateName: name,
      candidateEmail: `person${i}@example.com`,
      accessTokenHash: `token-${id}`,
    });
    await completeResume(id, { skills: [], years, warnings: [], chunks: [] }, [
      { jobId: 'job', result: result(score, matched, implied, matched.length ? [] : ['Kubernetes']) },
    ]);
  }
}
