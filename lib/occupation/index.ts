export { classifyTitle, rankTitle, MIN_CONFIDENCE, type Occupation, type ScoredOccupation } from './classify';
export { classifyResume, resumeTitleHints, type ResumeTitleHints } from './resume';
export { occupationAffinity } from './affinity';
export { iscoGroupLabel } from './title-index';
export { isRankWord } from './normalize';
