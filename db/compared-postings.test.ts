import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../test-support/database';
import {
  deleteComparedPosting,
  getComparedPosting,
  insertComparedPosting,
  listComparedPostings,
} from './compared-postings';
import { deleteResume, insertResume } from './resumes';
import { plainResume } from '../test-support/db-fixtures';

// A candidate's history of compared postings, on a real database: newest first, capped, one resume's rows only,
// and gone with the resume.
let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase('compared-postings');
  await insertResume(plainResume({ id: 'cp-a' }));
  await insertResume(plainResume({ id: 'cp-b' }));
});

afterAll(async () => {
  await database.close();
});

describe('compared postings', () => {
  it('lists a resume’s comparisons newest first, and reopens one with its text', async () => {
    const { id: first } = await insertComparedPosting(
      { resumeId: 'cp-a', title: 'First', text: 'one', score: 40 },
      50,
    );
    const { id: second } = await insertComparedPosting(
      { resumeId: 'cp-a', title: 'Second', text: 'two', score: 71 },
      50,
    );
    await insertComparedPosting({ resumeId: 'cp-b', title: 'Other', text: 'x', score: 10 }, 50);

    const list = await listComparedPostings('cp-a');
    expect(list.map((p) => [p.id, p.title, p.score])).toEqual([
      [second, 'Second', 71],
      [first, 'First', 40],
    ]);
    expect((await getComparedPosting('cp-a', first))?.text).toBe('one');
    // Another resume's link cannot open or remove it.
    expect(await getComparedPosting('cp-b', first)).toBeNull();
    expect(await deleteComparedPosting('cp-b', first)).toBe(false);
    expect(await deleteComparedPosting('cp-a', first)).toBe(true);
    expect((await listComparedPostings('cp-a')).map((p) => p.id)).toEqual([second]);
  });

  it('keeps only the newest ones past the cap', async () => {
    const stored: { id: number; dropped: boolean }[] = [];
    for (let i = 0; i < 5; i++)
      stored.push(await insertComparedPosting({ resumeId: 'cp-b', title: `P${i}`, text: 't', score: i }, 3));
    expect((await listComparedPostings('cp-b')).map((p) => p.id)).toEqual(
      stored
        .slice(2)
        .map((s) => s.id)
        .reverse(),
    );
    // cp-b held one already: from the third on, each pushed the oldest out (its text then awaits a purge: see
    // db/purge.test.ts).
    expect(stored.map((s) => s.dropped)).toEqual([false, false, true, true, true]);
  });

  it('goes with the resume', async () => {
    expect(await deleteResume('cp-b')).toBe(true);
    expect(await listComparedPostings('cp-b')).toEqual([]);
  });
});
