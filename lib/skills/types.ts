export type SkillLevel = 'required' | 'preferred';

export interface ExtractedSkill {
  name: string;
  category: string;
  level: SkillLevel;
  mentions: number;
  /** The sentence or line of the first mention, trimmed to about 200 characters. */
  evidence: string;
  /**
   * The distinct phrases of the text that named the skill, as written ("AWS", "MS Excel"), compared
   * case-insensitively and in order of first appearance. A part of a suite named only through it ("Microsoft Word"
   * through "MS Office") carries the suite's phrase.
   */
  phrases: string[];
  /**
   * Named only as the subject of a degree ("Bachelor's degree in Accounting", "B.S. Finance"): a field studied, not
   * a skill shown at work or asked for apart from the degree.
   */
  subject?: true;
}
