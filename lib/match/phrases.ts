import type { MatchSkills } from './types';

export interface PhrasedSkill {
  name: string;
  /** The distinct phrases of the text that named it: the posting's for a gap, the resume's for a skill it has. */
  phrases: string[];
}

export interface PhrasedMatchSkills {
  matched: PhrasedSkill[];
  implied: (PhrasedSkill & { via: string })[];
  missing: { required: PhrasedSkill[]; preferred: PhrasedSkill[] };
  related: (PhrasedSkill & { via: string; credit: number })[];
  alternatives: (PhrasedSkill & { via: string })[];
}

type Named = { name: string; phrases?: readonly string[] };

/**
 * A match's skills as the CLI and the API print them: each with the phrases that named it, so a reader can find
 * "AWS" in the resume behind "Amazon Web Services". Skills the resume has carry the resume's phrases (an implied or
 * alternative skill, those of the skill that shows it); missing ones carry the posting's.
 */
export function phrasedSkills(
  skills: MatchSkills,
  jobSkills: readonly Named[],
  resumeSkills: readonly Named[],
): PhrasedMatchSkills {
  const phrasesIn = (list: readonly Named[]) => {
    const map = new Map<string, string[]>();
    for (const s of list) map.set(s.name, [...(map.get(s.name) ?? []), ...(s.phrases ?? [])]);
    return (name: string) => [...new Set(map.get(name) ?? [])];
  };
  const inJob = phrasesIn(jobSkills);
  const inResume = phrasesIn(resumeSkills);
  const asked = (name: string): PhrasedSkill => ({ name, phrases: inJob(name) });
  return {
    matched: skills.matched.map((name) => ({ name, phrases: inResume(name) })),
    implied: skills.implied.map(({ name, via }) => ({ name, via, phrases: inResume(via) })),
    missing: { required: skills.missing.required.map(asked), preferred: skills.missing.preferred.map(asked) },
    related: skills.related.map((r) => ({ ...asked(r.name), via: r.via, credit: r.credit })),
    alternatives: (skills.alternatives ?? []).map(({ name, via }) => ({ name, via, phrases: inResume(via) })),
  };
}
