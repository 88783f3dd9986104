import { closestSentence } from './evidence';
import type { JobProfile, MatchResult, RequirementCoverage } from './types';

export { closestSentence } from './evidence';

/** A requirement passage this similar to a resume passage is the same ground in other words. */
const NEARLY_AT = 0.45;

export type GapStatus = 'nearly' | 'related' | 'absent';

export interface GapAdvice {
  skill: string;
  level: 'required' | 'preferred';
  status: GapStatus;
  /** The posting line that asks for the skill. */
  requirement: string | null;
  /** The resume passage that comes closest to it, when one does. */
  evidence: string | null;
  advice: string;
}

export interface KeywordTip {
  skill: string;
  via: string;
  advice: string;
}

export interface GapPlan {
  required: GapAdvice[];
  preferred: GapAdvice[];
  /** Skills the resume implies without naming: not gaps, but worth naming for keyword screens. */
  keywordTips: KeywordTip[];
}

function clip(s: string, n = 120): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function adviceFor(
  skill: string,
  level: 'required' | 'preferred',
  status: GapStatus,
  evidence: string | null,
  via: string | null,
): string {
  const weight =
    level === 'required' ? 'The posting requires it.' : 'It is a nice-to-have here, not a blocker.';
  if (status === 'nearly') {
    return `Your resume covers this ground ("${clip(evidence ?? '', 90)}") but never names ${skill}. If you have used ${skill}, name it in that line: keyword screens look for the exact term.`;
  }
  if (status === 'related') {
    return `You list ${via}, which is close to ${skill}. If you know ${skill}, add it; if not, say how your ${via} experience carries over. ${weight}`;
  }
  return level === 'required'
    ? `Nothing in your resume points to ${skill}. If you have worked with it, add a concrete line (what you built with it and the result); if not, it is the first thing to learn for this role.`
    : `Nothing in your resume mentions ${skill}. Add it if you have it; otherwise it is worth learning later. ${weight}`;
}

/**
 * For each missing skill, whether the resume nearly covers it (the requirement that names it is matched by a
 * passage that never says the word), has a related skill, or shows nothing; plus keyword tips for implied skills.
 */
export function closeTheGap(job: JobProfile, result: MatchResult): GapPlan {
  const coverageFor = (skill: string): RequirementCoverage | null => {
    let best: RequirementCoverage | null = null;
    job.requirements.forEach((req, i) => {
      const cov = result.requirements[i];
      if (cov && req.skills.includes(skill) && (!best || cov.similarity > best.similarity)) best = cov;
    });
    return best;
  };
  const plan = (level: 'required' | 'preferred') =>
    result.skills.missing[level].map((skill): GapAdvice => {
      const cov = coverageFor(skill);
      const related = result.skills.related.find((r) => r.name === skill);
      const nearly = cov !== null && cov.similarity >= NEARLY_AT && cov.evidence !== null;
      const status: GapStatus = nearly ? 'nearly' : related ? 'related' : 'absent';
      const evidence = nearly ? closestSentence(cov.evidence!, cov.text) : null;
      return {
        skill,
        level,
        status,
        requirement: cov?.text ?? null,
        evidence,
        advice: adviceFor(skill, level, status, evidence, related?.via ?? null),
      };
    });
  return {
    required: plan('required'),
    preferred: plan('preferred'),
    keywordTips: result.skills.implied.map(({ name, via }) => ({
      skill: name,
      via,
      advice: `Your resume implies ${name} through ${via}, so it is not a gap. Screens match exact words, though: write "${via} (${name})" or list ${name} with your skills.`,
    })),
  };
}
