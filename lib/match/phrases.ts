import type { MatchResult, MatchSkills } from './types';

export interface PhrasedSkill {
  name: string;
  /** The distinct phrases of the text that named it: the resume's for a skill it has, the posting's for a gap. */
  phrases: string[];
}

export interface PhrasedMatchSkills {
  matched: PhrasedSkill[];
  implied: (PhrasedSkill & { via: string })[];
  missing: { required: PhrasedSkill[]; preferred: PhrasedSkill[] };
  related: (PhrasedSkill & { via: string; credit: number })[];
  alternatives: (PhrasedSkill & { via: string })[];
  /** Groups of the missing skills the posting offers as alternatives ("Accounting, Economics or Finance"): one is enough. */
  missingAlternatives: string[][];
  /** The posting's skills the candidate claims that the resume does not show (also among `missing`). */
  claimed: { name: string; via?: string }[];
}

/**
 * A match's skills as the CLI and the API print them: each an object with the phrases that named it, so a reader
 * can find "AWS" in the resume behind "Amazon Web Services". Results stored before phrases were kept print [].
 */
export function phrasedSkills(skills: MatchSkills): PhrasedMatchSkills {
  const of = (name: string): PhrasedSkill => ({ name, phrases: skills.phrases?.[name] ?? [] });
  return {
    matched: skills.matched.map(of),
    implied: skills.implied.map(({ name, via }) => ({ ...of(name), via })),
    missing: { required: skills.missing.required.map(of), preferred: skills.missing.preferred.map(of) },
    related: skills.related.map((r) => ({ ...of(r.name), via: r.via, credit: r.credit })),
    alternatives: (skills.alternatives ?? []).map(({ name, via }) => ({ ...of(name), via })),
    missingAlternatives: skills.missingAlternatives ?? [],
    claimed: skills.claimed ?? [],
  };
}

/**
 * A skill as a page labels it: its name, plus the text's own words when they differ ("Amazon Web Services · “AWS”"),
 * so a reader can find it in the document.
 */
export function skillLabel(name: string, phrases: readonly string[] | undefined): string {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, '');
  const other = [...new Set((phrases ?? []).filter((p) => key(p) !== key(name)))].slice(0, 2);
  return other.length ? `${name} · ${other.map((p) => `“${p}”`).join(', ')}` : name;
}

/**
 * A match as the matches APIs answer it, for a posting's candidates and a resume's jobs alike: the score, the skills
 * with their phrases, the reasons and gaps, and each requirement (covered or not, the resume line that shows it, the
 * skills it names).
 */
export function matchBody(result: MatchResult) {
  return {
    score: result.score,
    band: result.band,
    skills: phrasedSkills(result.skills),
    reasons: result.reasons,
    gaps: result.gaps,
    requirements: result.requirements,
  };
}

function listed(names: readonly string[], word: 'or' | 'and'): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`;
}

/** "A, B or C": a group of alternatives, any one of which will do. */
export function eitherOf(names: readonly string[]): string {
  return listed(names, 'or');
}

/** "A, B and C": every one of them. */
export function allOf(names: readonly string[]): string {
  return listed(names, 'and');
}
