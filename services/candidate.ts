import 'server-only';
import { setResumeVisibility } from '../db/resume-visibility';
import { getJob, loadJobProfiles } from '../db/jobs';
import { getMatch, matchesForResume, type RankedJob } from '../db/matches';
import { getResume, setSkillCorrections, storedResumeData, type StoredResumeData } from '../db/resumes';
import type { Job } from '../db/schema';
import {
  correctionMessage,
  correctionOutcome,
  skillPreview,
  type SkillPreview,
} from '../lib/candidate/skill-preview';
import type { ResumeVisibility } from '../lib/candidate/visibility';
import { UserError } from '../lib/http/errors';
import {
  canonicalSkillName,
  closeTheGap,
  noteClaimedGaps,
  withCorrection,
  type GapPlan,
  type MatchResult,
  type SkillCorrections,
} from '../lib/match';
import { findSkill } from '../lib/skills';
import { rescoreResume } from './resumes';

/** What a skill correction hands back to its form: the sentence to announce, or what went wrong. */
export interface CorrectionState {
  op: 'add' | 'remove' | null;
  message: string | null;
  error: string | null;
  /** What was typed into "Add a skill", kept when it was refused. */
  value: string;
  /** Counts answers, so the form reacts to each one even when two say the same thing. */
  seq: number;
}

/** The visibility form's answer: the choice now stored, and the sentence about the save or what went wrong. */
export interface VisibilityState {
  visibility: ResumeVisibility;
  message: string | null;
  error: string | null;
  /** Counts answers, so the radios are reset to the stored choice after each one. */
  seq: number;
}

/** More corrections than any real resume needs; a cap keeps the stored list and the rescoring bounded. */
const MAX_CORRECTIONS = 60;

const categoryOf = (name: string) => findSkill(name)?.category ?? null;

/** The skills a candidate sees and corrects on the results page. */
export function previewSkills(resume: {
  skills: readonly { name: string; category: string; evidence?: string }[];
  skillCorrections: SkillCorrections;
}): SkillPreview {
  return skillPreview(resume.skills, resume.skillCorrections, categoryOf);
}

/**
 * Adds or removes one skill on a ready resume and rescores it against every open job (from stored vectors, no model
 * call): a removal changes the scores, an addition only the claims each result reports. Returns the sentence to
 * announce. Throws UserError when the name is empty or the resume is not ready.
 */
export async function correctResumeSkill(
  resumeId: string,
  action: 'add' | 'remove',
  typed: string,
): Promise<string> {
  const resume = await getResume(resumeId);
  if (!resume) throw new UserError('This resume no longer exists.', 404);
  if (resume.status !== 'ready')
    throw new UserError('Wait until your resume has been analysed, then correct its skills.', 409);
  const name = action === 'remove' ? typed.trim() : canonicalSkillName(typed);
  if (!name) throw new UserError('Type the name of a skill, for example Kubernetes.', 422);

  const current = resume.skillCorrections;
  const stated = new Set(previewSkills(resume).skills.map((s) => s.name));
  if (action === 'remove' && !stated.has(name))
    return `${name} is not in your skills any more, so nothing changed.`;
  const outcome = correctionOutcome(action, name, current, stated, findSkill(name) !== null);
  if (outcome.kind === 'already') return correctionMessage(outcome);

  const next = withCorrection(current, action, name);
  if (next.added.length + next.removed.length > MAX_CORRECTIONS)
    throw new UserError(
      `You have made ${MAX_CORRECTIONS} corrections, the most a resume can have. Undo some, or upload an updated resume.`,
      422,
    );
  await setSkillCorrections(resumeId, next);
  await rescoreResume(resumeId);
  return correctionMessage(outcome);
}

/**
 * Lets recruiters see the resume, or makes it private again; returns the sentence to announce. Takes effect at once
 * and needs no rescoring: every resume is scored, and recruiters' reads leave private ones out.
 */
export async function changeVisibility(resumeId: string, visibility: ResumeVisibility): Promise<string> {
  if (!(await setResumeVisibility(resumeId, visibility)))
    throw new UserError('This resume no longer exists.', 404);
  return visibility === 'recruiters'
    ? 'Saved. Recruiters on this Rolefit can now see your resume and its scores for their jobs.'
    : 'Saved. Your resume is private: recruiters no longer see it, and only your private link opens it.';
}

export interface JobGapView {
  job: Job;
  result: MatchResult;
  plan: GapPlan;
}

/** One board job against the resume: its stored score and what would close the gap; null when either is gone. */
export async function jobGapView(resumeId: string, jobId: string): Promise<JobGapView | null> {
  const [job, result, profiles] = await Promise.all([
    getJob(jobId, 'candidate'),
    getMatch(jobId, resumeId),
    loadJobProfiles([jobId]),
  ]);
  const profile = profiles[0]?.profile;
  if (!job || !result || !profile) return null;
  return { job, result, plan: noteClaimedGaps(closeTheGap(profile, result), result.skills) };
}

/** How many of the best jobs the report offers to choose from. */
const REPORT_CHOICES = 100;

export interface MatchReport {
  /** The best open jobs the resume was scored against (and the chosen one), best first, for choosing another. */
  jobs: Pick<RankedJob, 'jobId' | 'title' | 'score'>[];
  /** The job reported on: the chosen one while it is open, else the best; null when there are no jobs. */
  chosen: JobGapView | null;
}

/** The printable report: the chosen job (or the best one) with its score, evidence and gap advice. */
export async function matchReport(resumeId: string, jobId?: string): Promise<MatchReport> {
  const ranked = await matchesForResume(resumeId, 'candidate', { limit: REPORT_CHOICES });
  const jobs = ranked.map(({ jobId, title, result }) => ({ jobId, title, score: result.score }));
  const requested = jobId ? await jobGapView(resumeId, jobId) : null;
  if (requested && requested.job.status === 'open') {
    if (!jobs.some((j) => j.jobId === requested.job.id))
      jobs.push({ jobId: requested.job.id, title: requested.job.title, score: requested.result.score });
    return { jobs, chosen: requested };
  }
  return { jobs, chosen: ranked[0] ? await jobGapView(resumeId, ranked[0].jobId) : null };
}

export interface MyData {
  stored: StoredResumeData;
  skills: SkillPreview;
  corrections: SkillCorrections;
}

/** What Rolefit keeps about the resume, for the candidate's "My data" page; null when it is gone. */
export async function myData(resumeId: string): Promise<MyData | null> {
  const [stored, resume] = await Promise.all([storedResumeData(resumeId), getResume(resumeId)]);
  if (!stored || !resume) return null;
  return { stored, skills: previewSkills(resume), corrections: resume.skillCorrections };
}
