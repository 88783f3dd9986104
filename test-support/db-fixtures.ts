// Rows for the db and services tests to store directly: a plain posting and a tiny resume.
import type { NewJob } from '../db/jobs';
import type { NewResume } from '../db/resumes';
import { EMBEDDING_DIMS } from '../lib/embeddings/config';

/** A unit vector along the first axis: any fixed vector will do where a test does not compare similarities. */
export const UNIT_VECTOR = Array.from({ length: EMBEDDING_DIMS }, (_, i) => (i === 0 ? 1 : 0));

/** A posting with no skills, requirements or warnings, for tests that store scores for it directly. */
export function plainJob(fields: Pick<NewJob, 'id'> & Partial<NewJob>): NewJob {
  return {
    ownerId: null,
    title: 'Job',
    company: '',
    location: '',
    description: 'A posting.',
    contentHash: fields.id,
    skills: [],
    requirements: [],
    minYears: null,
    warnings: [],
    titleVector: UNIT_VECTOR,
    requirementVectors: [],
    ...fields,
  };
}

/** A tiny text resume awaiting processing, for tests that store its results directly. */
export function plainResume(fields: Pick<NewResume, 'id'> & Partial<NewResume>): NewResume {
  return {
    filename: `${fields.id}.txt`,
    kind: 'text',
    sizeBytes: 2,
    contentHash: fields.id,
    original: new Uint8Array([1, 2]),
    text: 'cv',
    candidateName: null,
    accessTokenHash: `hash-${fields.id}`,
    ...fields,
  };
}
