/**
 * Who may see a resume: the recruiters on this Rolefit, or only whoever holds its private link. Scores are computed
 * either way (the candidate's own matches need them); only recruiters' reads leave private resumes out, so changing it
 * takes effect at once and needs no rescoring.
 */
export const RESUME_VISIBILITIES = ['recruiters', 'private'] as const;
export type ResumeVisibility = (typeof RESUME_VISIBILITIES)[number];

/**
 * A candidate's own upload is a private check unless they choose otherwise, so no one is shown to recruiters without
 * having said so. (A recruiter's bulk upload is always visible: the recruiter already holds the file.)
 */
export const DEFAULT_CANDIDATE_VISIBILITY: ResumeVisibility = 'private';

export function isResumeVisibility(value: unknown): value is ResumeVisibility {
  return (RESUME_VISIBILITIES as readonly unknown[]).includes(value);
}
