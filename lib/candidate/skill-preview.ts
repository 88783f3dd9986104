import type { SkillCorrections } from '../match/corrections';

export interface FoundSkill {
  name: string;
  category: string;
  /** The line the skill was read from; null for a skill the candidate added. */
  evidence?: string | null;
}

export interface PreviewSkill {
  name: string;
  category: string;
  evidence: string | null;
  /** 'found' came from the resume text; 'added' was typed in by the candidate (a claim, which scores leave out). */
  source: 'found' | 'added';
}

export interface SkillPreview {
  /** Found ones minus removals (the evidence scores count), then the candidate's additions (their claims). */
  skills: PreviewSkill[];
  /** Skills the candidate removed as wrongly found, for an undo. */
  removed: string[];
}

/**
 * The skills a candidate sees and corrects: what extraction found (once per name), without what they removed, plus
 * what they added, each marked with where it came from. Mirrors applySkillCorrections, which scoring uses.
 */
export function skillPreview(
  found: readonly FoundSkill[],
  corrections: SkillCorrections,
  categoryOf: (name: string) => string | null = () => null,
): SkillPreview {
  const removed = new Set(corrections.removed);
  const seen = new Set<string>();
  const skills: PreviewSkill[] = [];
  for (const s of found) {
    if (removed.has(s.name) || seen.has(s.name)) continue;
    seen.add(s.name);
    skills.push({
      name: s.name,
      category: s.category,
      evidence: s.evidence?.trim() || null,
      source: 'found',
    });
  }
  for (const name of corrections.added) {
    if (removed.has(name) || seen.has(name)) continue;
    seen.add(name);
    skills.push({ name, category: categoryOf(name) ?? 'other', evidence: null, source: 'added' });
  }
  return { skills, removed: [...new Set(corrections.removed)] };
}

export type CorrectionOutcome =
  | { kind: 'removed'; name: string }
  | { kind: 'restored'; name: string }
  | { kind: 'added'; name: string; known: boolean }
  | { kind: 'unadded'; name: string }
  | { kind: 'already'; name: string };

/**
 * What a correction will do, decided before it is stored: adding a skill the resume already states changes nothing,
 * adding a removed one restores it, removing an added one takes it back out.
 */
export function correctionOutcome(
  action: 'add' | 'remove',
  name: string,
  current: SkillCorrections,
  stated: ReadonlySet<string>,
  known: boolean,
): CorrectionOutcome {
  if (action === 'remove')
    return current.added.includes(name) ? { kind: 'unadded', name } : { kind: 'removed', name };
  if (current.removed.includes(name)) return { kind: 'restored', name };
  if (stated.has(name)) return { kind: 'already', name };
  return { kind: 'added', name, known };
}

const CLAIM_NOTE =
  'Recruiters who can see your resume see it as your claim; it does not raise your score until your resume shows it.';

/** The sentence announced after a correction (read out by screen readers through a live region). */
export function correctionMessage(outcome: CorrectionOutcome): string {
  switch (outcome.kind) {
    case 'removed':
      return `Removed ${outcome.name}. Your job scores were updated.`;
    case 'restored':
      return `Put ${outcome.name} back. Your job scores were updated.`;
    case 'unadded':
      return `Took out ${outcome.name}, which you had added. It is no longer your claim.`;
    case 'already':
      return `${outcome.name} is already in your skills, so nothing changed.`;
    case 'added':
      // An addition is a claim: recruiters see it marked as one, and scores count only what the resume shows.
      return `Added ${outcome.name}.${outcome.known ? '' : ' Rolefit does not know this skill, so it shows only where a posting names it exactly.'} ${CLAIM_NOTE}`;
  }
}
