import { insertJob, loadJobProfiles, loadResumeProfiles, saveJobMatches } from '../db/queries';
import { embedTexts } from '../lib/embeddings/model';
import { jobPassages, prepareJob, scoreMatch } from '../lib/match';
import { newId, sha256 } from './ids';

export interface JobInput {
  title: string;
  description: string;
  company?: string;
  location?: string;
}

const RESUME_PAGE = 500;

/**
 * Stores a posting with its embedded requirements and scores every ready resume against it. The job belongs to
 * ownerId (a recruiter), or with null to the shared board every recruiter sees (the demo jobs).
 */
export async function createJob(input: JobInput, ownerId: string | null = null): Promise<{ id: string; warnings: string[] }> {
  const prepared = prepareJob(input.title, input.description);
  const vectors = await embedTexts(jobPassages(prepared));
  const id = newId();
  await insertJob({
    id,
    ownerId,
    title: input.title,
    company: input.company ?? '',
    location: input.location ?? '',
    description: input.description,
    contentHash: sha256(`${input.title}\n${input.description}`),
    skills: prepared.skills,
    requirements: prepared.requirements,
    minYears: prepared.minYears,
    warnings: prepared.warnings,
    titleVector: vectors[0]!,
    requirementVectors: vectors.slice(1),
  });
  await scoreJobAgainstResumes(id);
  return { id, warnings: prepared.warnings };
}

export async function scoreJobAgainstResumes(jobId: string): Promise<number> {
  const [job] = await loadJobProfiles([jobId]);
  if (!job) return 0;
  let afterId: string | undefined;
  let total = 0;
  for (;;) {
    const page = await loadResumeProfiles({ afterId, limit: RESUME_PAGE });
    if (!page.length) break;
    await saveJobMatches(
      jobId,
      page.map((r) => ({ resumeId: r.id, result: scoreMatch(job.profile, r.profile) })),
    );
    total += page.length;
    afterId = page[page.length - 1]!.id;
  }
  return total;
}

