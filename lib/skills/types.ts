export type SkillLevel = 'required' | 'preferred';

export interface ExtractedSkill {
  name: string;
  category: string;
  level: SkillLevel;
  mentions: number;
  /** The sentence or line of the first mention, trimmed to about 200 characters. */
  evidence: string;
}
