import { isCredential } from '../skills';
import { closestSentence, contentStems, sharedStems, tellsOfWork } from './evidence';
import { eitherOf } from './phrases';
import { UNDATED, type JobProfile, type MatchResult, type RequirementCoverage } from './types';

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

/** The words of a requirement that say what the work is, without the skill's own name. */
function groundOf(requirement: string, skill: string): string {
  const own = contentStems(skill);
  return [...contentStems(requirement)].filter((w) => !own.has(w)).join(' ');
}

/**
 * A resume sentence is real evidence of the work behind a missing skill when it is close to the requirement that
 * names the skill, tells of work (not a heading, an objective or a skills list) and shares at least two of the
 * requirement's other content words ("experiment tracking" for MLflow), so the advice to name the skill there points
 * at a line about that work, never at an unrelated one.
 */
export function isRealEvidence(
  sentence: string,
  requirement: string,
  skill: string,
  similarity: number,
): boolean {
  return (
    similarity >= NEARLY_AT &&
    tellsOfWork(sentence) &&
    sharedStems(sentence, groundOf(requirement, skill)) >= 2
  );
}

/** What a page says of a requirement the resume does not cover, in place of a quote. */
export interface UncoveredVerdict {
  /** "Not in the resume: Workday", or "Not found in the resume" when the requirement names no skill it lacks. */
  text: string;
  /** The skills the requirement names that the resume lacks, in the requirement's order. */
  missing: string[];
  /**
   * The resume's line about the same work, when it is real evidence of that work (see isRealEvidence): the work is
   * there, only the named skill is not.
   */
  closest: string | null;
}

/**
 * "Maintain employee records … in Workday" beside a resume that maintained employee records in another system: the
 * skill is missing, not the work, and the verdict says which. A requirement naming no missing skill keeps the plain
 * verdict; one listed without a dated role says so (UNDATED).
 */
export function uncoveredVerdict(req: RequirementCoverage): UncoveredVerdict {
  if (req.undated) return { text: UNDATED, missing: [], closest: null };
  const missing = (req.named ?? []).filter((s) => !s.held).map((s) => s.name);
  if (!missing.length) return { text: 'Not found in the resume', missing, closest: null };
  const near = req.nearest ?? null;
  const real =
    !!near &&
    !missing.some(isCredential) &&
    isRealEvidence(near, req.text, missing.join(' '), req.similarity);
  // The quote is the sentence, without the list's bullet before it.
  const closest = real ? near.replace(/^[-–•*·▪◦‣]\s+/u, '') : null;
  return { text: `Not in the resume: ${missing.join(', ')}`, missing, closest };
}

/** A credential (CPA, PMP) is held or not: the advice says how to show it held, never to use it in a line of work. */
function credentialAdvice(gap: Omit<GapAdvice, 'advice'>, via: string | null): string {
  const { skill, level, requirement } = gap;
  const extra = level === 'preferred' ? ' It is a nice-to-have here, not a blocker.' : '';
  if (gap.status === 'related')
    return `You list ${via}, which is close to ${skill}. If you hold ${skill}, list it with the year you earned it; if you are working toward it, say so.${extra}`;
  const asks = requirement ? `The posting asks for "${clip(requirement, 100)}". ` : '';
  return `${asks}Your resume does not show ${skill}. If you hold it, list it with your certifications and the year you earned it; if you are working toward it, say so and when you expect it.${extra}`;
}

function adviceFor(gap: Omit<GapAdvice, 'advice'>, via: string | null, first: boolean): string {
  const { skill, level, status, evidence, requirement } = gap;
  if (isCredential(skill)) return credentialAdvice(gap, via);
  if (status === 'nearly') {
    return `Your line "${clip(evidence ?? '', 90)}" describes the work this asks for but does not name ${skill}. If you did that work with ${skill}, say so in that line; if you used something else, name that instead.`;
  }
  if (status === 'related') {
    return `You list ${via}, which is close to ${skill}. If you know ${skill}, add it; if not, say how your ${via} experience carries over.${level === 'preferred' ? ' It is a nice-to-have here.' : ''}`;
  }
  const asks = requirement ? `The posting asks for "${clip(requirement, 100)}". ` : '';
  if (level === 'preferred')
    return `${asks}Your resume does not mention ${skill}. It is a nice-to-have here, not a blocker: add it only if you have used it.`;
  if (first)
    return `${asks}Your resume does not show ${skill}, and it is the most asked-for skill you lack here. What would show it: a line naming ${skill} with what you did with it and the result; if you have not used it, it is the first thing to learn for this role.`;
  return `${asks}Your resume does not show ${skill}. What would show it: a project or role line that names ${skill} and what you did with it.`;
}

/**
 * How much a posting leans on a skill: requirements that name it (required ones count double), then the order in
 * which the posting first names it.
 */
function importance(job: JobProfile, skill: string): number {
  let weight = 0;
  for (const req of job.requirements)
    if (req.skills.includes(skill)) weight += req.level === 'required' ? 2 : 1;
  return weight;
}

/**
 * For each missing skill, whether the resume nearly covers it (a sentence describes the work the requirement asks
 * for without naming the skill), has a related skill, or shows nothing; most important first. Plus keyword tips for
 * implied skills.
 */
export function closeTheGap(job: JobProfile, result: MatchResult): GapPlan {
  // The line to quote for a missing skill: one that asks for it and is not met (not "Tableau or Power BI" when the
  // resume has Tableau), at the gap's level, then the closest to the resume.
  const coverageFor = (skill: string, level: 'required' | 'preferred'): RequirementCoverage | null => {
    const rank = (cov: RequirementCoverage) => [
      Number(!cov.covered),
      Number(cov.level === level),
      cov.similarity,
    ];
    const better = (a: RequirementCoverage, b: RequirementCoverage) => {
      const [x, y] = [rank(a), rank(b)];
      const k = x.findIndex((v, i) => v !== y[i]);
      return k !== -1 && x[k]! > y[k]!;
    };
    let best: RequirementCoverage | null = null;
    job.requirements.forEach((req, i) => {
      const cov = result.requirements[i];
      if (cov && req.skills.includes(skill) && (!best || better(cov, best))) best = cov;
    });
    return best;
  };
  const plan = (level: 'required' | 'preferred') => {
    const order = result.skills.missing[level]
      .map((skill, at) => ({ skill, at, weight: importance(job, skill) }))
      .sort((a, b) => b.weight - a.weight || a.at - b.at);
    let absentSeen = false;
    // A group of alternatives the resume has none of ("Accounting, Economics or Finance") is one gap, advised once.
    const groups = result.skills.missingAlternatives ?? [];
    const advised = new Set<string[]>();
    const entries = order.flatMap(({ skill }): { skill: string; group: string[] | null }[] => {
      const group = groups.find((g) => g.includes(skill));
      if (!group) return [{ skill, group: null }];
      if (advised.has(group)) return [];
      advised.add(group);
      return [{ skill, group }];
    });
    return entries.map(({ skill, group }): GapAdvice => {
      if (group) {
        const cov = coverageFor(skill, level);
        const names = eitherOf(group);
        const asks = cov ? `The posting asks for "${clip(cov.text, 100)}". ` : '';
        absentSeen ||= level === 'required';
        return {
          skill: names,
          level,
          status: 'absent',
          requirement: cov?.text ?? null,
          evidence: null,
          advice: `${asks}Your resume shows none of ${names}; any one of them meets this. What would show it: a line naming the one you have, with what you did with it.`,
        };
      }
      const cov = coverageFor(skill, level);
      const related = result.skills.related.find((r) => r.name === skill);
      // Older stored results quote the passage as evidence of an uncovered requirement; newer ones as `nearest`.
      const near = cov ? (cov.nearest ?? (cov.covered ? null : cov.evidence)) : null;
      const sentence = near && cov ? closestSentence(near, cov.text) : null;
      // A line of work never shows a credential held, however close it is.
      const nearly =
        !!sentence &&
        !!cov &&
        !isCredential(skill) &&
        isRealEvidence(sentence, cov.text, skill, cov.similarity);
      const status: GapStatus = nearly ? 'nearly' : related ? 'related' : 'absent';
      const gap = {
        skill,
        level,
        status,
        requirement: cov?.text ?? null,
        evidence: nearly ? sentence : null,
      };
      const first = status === 'absent' && level === 'required' && !absentSeen;
      if (status === 'absent') absentSeen = true;
      return { ...gap, advice: adviceFor(gap, related?.via ?? null, first) };
    });
  };
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
