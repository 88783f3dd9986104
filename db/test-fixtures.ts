// Test-only helpers shared by the db unit tests.
import type { NewJob } from './queries';
import { EMBEDDING_DIMS } from './schema';

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
