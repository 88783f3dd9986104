import type { MatchResult } from '../match/types';
import { experienceBand } from '../structure/experience';
import { redactOldYears, redactPersonalDetails } from '../structure/redact';

/** The stand-in name blind review shows: stable per resume, and says nothing about the person. */
export function blindLabel(resumeId: string): string {
  return `Candidate #${resumeId.slice(0, 6)}`;
}

/** The name to show for a candidate: their name (else the file name), or the stand-in under blind review. */
export function candidateName(
  c: { resumeId: string; candidateName: string | null; filename: string },
  blind: boolean,
): string {
  if (blind) return blindLabel(c.resumeId);
  return c.candidateName?.trim() || c.filename;
}

/** "about 37 years" as a band ("10+ years"): an exact count of years hints at age. */
const ABOUT_YEARS = /\babout (\d+) years?\b/gi;

/**
 * A match explanation for blind review: personal details and dates more than ten years before the resume's latest
 * (`latestYear`, see lib/structure/redact.ts) taken out of every quoted resume passage, and years of experience told
 * as a band.
 */
export function redactMatchResult(result: MatchResult, name: string | null, latestYear = 0): MatchResult {
  const redact = (s: string) =>
    redactOldYears(redactPersonalDetails(s, name), latestYear).replace(ABOUT_YEARS, (_, n: string) =>
      experienceBand(Number(n)),
    );
  return {
    ...result,
    requirements: result.requirements.map((r) => ({
      ...r,
      evidence: r.evidence === null ? null : redact(r.evidence),
    })),
    reasons: result.reasons.map(redact),
    gaps: result.gaps.map(redact),
  };
}
