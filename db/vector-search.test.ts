import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDING_DIMS } from '../lib/embeddings/config';
import { completeResume } from './processing';
import { insertResume } from './resumes';
import { setResumeVisibility } from './resume-visibility';
import { countReadyResumes, nearestResumeIds } from './vector-search';
import { plainResume } from '../test-support/db-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// The nearest-resume search that picks whom a posting is scored against past EXACT_SCORING_LIMIT. Recruiters' share
// of it must be filled with resumes they may see: private ones, however near, neither show nor take a place.
let database: TestDatabase;

/** A unit vector at `angle` from the first axis, in the plane of the first two: nearer the axis is smaller angles. */
function at(angle: number): number[] {
  return Array.from({ length: EMBEDDING_DIMS }, (_, i) =>
    i === 0 ? Math.cos(angle) : i === 1 ? Math.sin(angle) : 0,
  );
}

// The two nearest resumes are private; the shared ones come after them.
const RESUMES = [
  { id: 'private-nearest', angle: 0, visibility: 'private' },
  { id: 'private-next', angle: 0.1, visibility: 'private' },
  { id: 'shared-near', angle: 0.2, visibility: 'recruiters' },
  { id: 'shared-far', angle: 0.6, visibility: 'recruiters' },
  { id: 'shared-farthest', angle: 1.2, visibility: 'recruiters' },
] as const;

beforeAll(async () => {
  database = await openTestDatabase('vector-search');
  for (const r of RESUMES) {
    await insertResume(plainResume({ id: r.id, visibility: r.visibility }));
    // Two passages each, so a resume is one result however many of its passages are near.
    await completeResume(
      r.id,
      {
        skills: [],
        years: null,
        warnings: [],
        chunks: [
          { text: 'near', vector: at(r.angle) },
          { text: 'aside', vector: at(r.angle + 0.05) },
        ],
      },
      [],
    );
  }
});

afterAll(async () => {
  await database.close();
});

describe('nearestResumeIds', () => {
  it('fills the shared share with shared resumes only, however near the private ones are', async () => {
    expect(await nearestResumeIds([at(0)], 2, 'recruiters')).toEqual(['shared-near', 'shared-far']);
    expect(await nearestResumeIds([at(0), at(1.2)], 1, 'recruiters')).toEqual([
      'shared-near',
      'shared-farthest',
    ]);
  });

  it('finds private resumes only in their own share, scored for their candidates', async () => {
    expect(await nearestResumeIds([at(0)], 5, 'private')).toEqual(['private-nearest', 'private-next']);
  });

  it('follows a change of visibility at once', async () => {
    await setResumeVisibility('private-nearest', 'recruiters');
    try {
      expect(await nearestResumeIds([at(0)], 1, 'recruiters')).toEqual(['private-nearest']);
      expect(await nearestResumeIds([at(0)], 1, 'private')).toEqual(['private-next']);
    } finally {
      await setResumeVisibility('private-nearest', 'private');
    }
    expect(await countReadyResumes({ visibleToRecruiters: true })).toBe(3);
  });
});
