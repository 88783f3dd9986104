import { findSkill } from '../skills';
import type { GapAdvice, GapPlan } from './advice';
import type { ResumeSkill } from './prepare';
import type { MatchSkills } from './types';

export interface SkillCorrections {
  /** Canonical names the candidate added. */
  added: string[];
  /** Canonical names the candidate removed as wrongly found. */
  removed: string[];
}

export const NO_CORRECTIONS: SkillCorrections = { added: [], removed: [] };

/** Canonical name for a skill a person typed: the taxonomy's name when it knows the skill, else the text tidied. */
export function canonicalSkillName(typed: string): string | null {
  const clean = typed.replace(/\s+/g, ' ').trim().slice(0, 60);
  if (clean.length < 1) return null;
  return findSkill(clean)?.name ?? clean;
}

export interface CorrectedSkills {
  /** The resume's own skills, less those the candidate removed as wrongly found: the evidence scores count. */
  skills: ResumeSkill[];
  /** Canonical names the candidate added that the resume does not show: their claim. */
  claimed: string[];
}

/**
 * The skills a resume states once the candidate's corrections apply. A removal counts (a wrongly found skill is no
 * evidence); an addition does not: recruiters rank on what the resume shows, so a skill typed in by the candidate is
 * kept apart as a claim, reported as one and never scored as if the resume showed it.
 */
export function applySkillCorrections(
  skills: readonly ResumeSkill[],
  corrections: SkillCorrections,
): CorrectedSkills {
  // Names stored before a skill was renamed ("Labour Law", now "Employment Law") read as the taxonomy names it today.
  const current = (names: readonly string[]) => names.map((n) => canonicalSkillName(n) ?? n);
  const removed = new Set(current(corrections.removed));
  const kept = skills.filter((s) => !removed.has(s.name));
  const shown = new Set(kept.map((s) => s.name));
  const claimed = [...new Set(current(corrections.added))].filter(
    (name) => !shown.has(name) && !removed.has(name),
  );
  return { skills: kept, claimed };
}

/**
 * Gap advice that owns up to the candidate's claims: a skill they added is still a gap while the resume does not show
 * it, so its advice first says why it does not count yet.
 */
export function noteClaimedGaps(plan: GapPlan, skills: Pick<MatchSkills, 'claimed'>): GapPlan {
  const claims = new Map((skills.claimed ?? []).map((c) => [c.name, c.via]));
  if (!claims.size) return plan;
  const note = (gap: GapAdvice): GapAdvice => {
    if (!claims.has(gap.skill)) return gap;
    const via = claims.get(gap.skill);
    const claim = via ? `You added ${via}, which implies ${gap.skill}` : `You added ${gap.skill} yourself`;
    return {
      ...gap,
      advice: `${claim}: it is your claim (recruiters who can see your resume see it marked as one), and it does not count in your score until your resume shows it. ${gap.advice}`,
    };
  };
  return { ...plan, required: plan.required.map(note), preferred: plan.preferred.map(note) };
}

/** Records one correction, undoing its opposite: removing an added skill un-adds it, and vice versa. */
export function withCorrection(
  current: SkillCorrections,
  action: 'add' | 'remove',
  name: string,
): SkillCorrections {
  const added = current.added.filter((n) => n !== name);
  const removed = current.removed.filter((n) => n !== name);
  if (action === 'add' && !current.removed.includes(name)) added.push(name);
  if (action === 'remove' && !current.added.includes(name)) removed.push(name);
  return { added, removed };
}
