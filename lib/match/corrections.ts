import { findSkill } from '../skills';
import type { ResumeSkill } from './prepare';

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

/** The skills a resume states once the candidate's corrections apply: removals win over extraction. */
export function applySkillCorrections(
  skills: readonly ResumeSkill[],
  corrections: SkillCorrections,
): ResumeSkill[] {
  const removed = new Set(corrections.removed);
  const kept = skills.filter((s) => !removed.has(s.name));
  const have = new Set(kept.map((s) => s.name));
  for (const name of corrections.added) {
    if (have.has(name) || removed.has(name)) continue;
    have.add(name);
    kept.push({
      name,
      category: findSkill(name)?.category ?? 'other',
      level: 'required',
      mentions: 0,
      evidence: 'Added by the candidate',
      phrases: [],
      years: null,
    });
  }
  return kept;
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
