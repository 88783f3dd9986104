import type { MatchResult } from '../match/types';
import { redactPersonalDetails } from '../structure/redact';

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

/** A match explanation with personal details taken out of every quoted resume passage, for blind review. */
export function redactMatchResult(result: MatchResult, name: string | null): MatchResult {
  const redact = (s: string) => redactPersonalDetails(s, name);
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
