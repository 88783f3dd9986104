export * from './types';
export {
  scoreMatch,
  matchSkills,
  skillsHeld,
  unclaimedMissing,
  missingAsks,
  offeredOnlyAsAlternatives,
  rankJobsForResume,
  rankResumesForJob,
  SCORE_BANDS,
  SCORE_WEIGHTS,
} from './score';
export { dot, bestMatch, centroid } from './vector';
export * from './prepare';
export * from './advice';
export * from './corrections';
export * from './phrases';
