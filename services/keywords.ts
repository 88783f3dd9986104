import 'server-only';
import { getJob } from '../db/jobs';
import { getResume } from '../db/resumes';
import { keywordTable, type KeywordRow } from '../lib/candidate/keywords';
import type { ExtractedSkill } from '../lib/skills';
import { offeredOnlyAsAlternatives, prepareJob } from '../lib/match';

export type { KeywordRow };

function resumePhrases(skills: readonly ExtractedSkill[]): Record<string, string[]> {
  return Object.fromEntries(skills.map((s) => [s.name, s.phrases ?? []]));
}

/** The keyword table of a board job against the resume as uploaded (its own words, not the candidate's additions). */
export async function boardJobKeywords(resumeId: string, jobId: string): Promise<KeywordRow[] | null> {
  const [job, resume] = await Promise.all([getJob(jobId, 'candidate'), getResume(resumeId)]);
  if (!job || !resume) return null;
  return keywordTable({
    postingText: `${job.title}\n${job.description}`,
    resumeText: resume.text,
    postingSkills: job.skills,
    alternatives: offeredOnlyAsAlternatives(job),
    resumePhrases: resumePhrases(resume.skills),
  });
}

/** The keyword table of a posting pasted on the compare page against the resume. */
export async function postingKeywords(
  resumeId: string,
  posting: { title: string; description: string },
): Promise<KeywordRow[]> {
  const resume = await getResume(resumeId);
  if (!resume) return [];
  const prepared = prepareJob(posting.title, posting.description);
  return keywordTable({
    postingText: `${posting.title}\n${posting.description}`,
    resumeText: resume.text,
    postingSkills: prepared.skills,
    alternatives: offeredOnlyAsAlternatives(prepared),
    resumePhrases: resumePhrases(resume.skills),
  });
}
