import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRecruiterAccount, setBlindReview } from './accounts';
import { getJob, setJobStatus } from './jobs';
import { openTestDatabase, type TestDatabase } from '../test-support/database';
import { seedRankedCandidates } from '../test-support/ranked-candidates';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase('jobs');
  await seedRankedCandidates();
});

afterAll(async () => {
  await database.close();
});

describe('blind review and job status', () => {
  it('remembers blind review per recruiter and closes jobs', async () => {
    await setBlindReview('rec', true);
    expect((await getRecruiterAccount('rec'))?.blindReview).toBe(true);
    await setJobStatus('job', 'closed');
    expect(await getJob('job', 'candidate')).toBeNull();
    await setJobStatus('job', 'open');
    expect((await getJob('job', 'candidate'))?.status).toBe('open');
  });
});
