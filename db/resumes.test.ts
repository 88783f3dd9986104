import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDuplicateResume } from './resumes';
import { openTestDatabase, type TestDatabase } from '../test-support/database';
import { seedRankedCandidates } from '../test-support/ranked-candidates';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase('resumes');
  await seedRankedCandidates();
});

afterAll(async () => {
  await database.close();
});

describe('duplicates', () => {
  it('finds an earlier resume by content or email', async () => {
    expect((await findDuplicateResume({ contentHash: 'hash-0' }))?.id).toBe('r0');
    expect((await findDuplicateResume({ contentHash: 'hash-0' }, 'r0'))?.id).toBe('r4');
    expect((await findDuplicateResume({ email: 'person2@example.com' }))?.id).toBe('r2');
    expect(await findDuplicateResume({ email: 'nobody@example.com' })).toBeNull();
    expect(await findDuplicateResume({ email: null })).toBeNull();
  });
});
