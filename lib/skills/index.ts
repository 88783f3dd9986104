export type { ExtractedSkill, SkillLevel } from './types';
export { extractSkills } from './extract';
export { impliedBy, relatedCredit } from './graph';
export { allSkills, findSkill } from './taxonomy';
