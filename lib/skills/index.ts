export type { ExtractedSkill, SkillLevel } from './types';
export { extractSkills, findSkillMentions, isDegreeLine, isWish } from './extract';
export { isLabel } from './lines';
export { impliedBy, relatedCredit } from './graph';
export { allSkills, findSkill, isCredential, PRODUCT_CATEGORIES } from './taxonomy';
export { phrasePattern } from './phrase-pattern';
