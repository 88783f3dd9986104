/** Metric 4: are truly missing required skills reported, and is anything the resume has reported missing? */
import { loadJobs, loadResumes } from '../../cli/documents';
import { scoreMatch } from '../../lib/match';
import type { GapPair } from './datasets';
import { canonicalKey } from './skill-names';

export interface PairGaps {
  pair: string;
  /** Truly missing required skills that Rolefit reported missing, and those it did not. */
  named: string[];
  unnamed: string[];
  /** Skills reported missing (required or preferred) that the resume names or implies. */
  falseGaps: string[];
  reportedMissing: { required: string[]; preferred: string[] };
}

export interface GapsResult {
  /** Share of truly missing required skills reported missing, over all pairs. */
  recall: number;
  falseGaps: number;
  trulyMissing: number;
  pairs: PairGaps[];
}

export async function evaluateGaps(pairs: readonly GapPair[]): Promise<GapsResult> {
  const [jobs, resumes] = await Promise.all([
    loadJobs(pairs.map((p) => p.postingPath)),
    loadResumes(pairs.map((p) => p.resumePath)),
  ]);
  const results = pairs.map((pair, i): PairGaps => {
    const { missing } = scoreMatch(jobs[i]!.profile, resumes[i]!.profile).skills;
    // A skill reported missing at either level is a gap the user sees.
    const reported = new Set([...missing.required, ...missing.preferred].map(canonicalKey));
    const has = new Set(pair.resumeHas.map(canonicalKey));
    return {
      pair: pair.id,
      named: pair.missingRequired.filter((s) => reported.has(canonicalKey(s))),
      unnamed: pair.missingRequired.filter((s) => !reported.has(canonicalKey(s))),
      falseGaps: [...missing.required, ...missing.preferred].filter((s) => has.has(canonicalKey(s))),
      reportedMissing: missing,
    };
  });
  const trulyMissing = pairs.reduce((n, p) => n + p.missingRequired.length, 0);
  return {
    recall: results.reduce((n, r) => n + r.named.length, 0) / Math.max(1, trulyMissing),
    falseGaps: results.reduce((n, r) => n + r.falseGaps.length, 0),
    trulyMissing,
    pairs: results,
  };
}
