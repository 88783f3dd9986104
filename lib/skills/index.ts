export type { ExtractedSkill, SkillLevel } from './types';
export { extractSkills, findSkillMentions } from './extract';
export { impliedBy, relatedCredit } from './graph';
export { allSkills, findSkill, PRODUCT_CATEGORIES } from './taxonomy';
