import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '../lib/match/types';
import { DEFAULT_FILTERS, type CandidateFilters } from '../lib/workspace/filters';
import { insertRecruiter } from './accounts';
import { insertJob, listJobs } from './jobs';
import { countMatchesForResume, countRanked, matchesForJob, matchesForResume } from './matches';
import { candidateForJob, saveApplication, statusCounts } from './pipeline';
import { completeResume } from './processing';
import { rankedCandidates, skillCoverage } from './ranking';
import { countProcessingResumes, findDuplicateResume, insertResume, listResumes } from './resumes';
import { jobScoringProgress } from './job-scoring';
import { isVisibleToRecruiters, setResumeVisibility } from './resume-visibility';
import { plainJob, plainResume } from '../test-support/db-fixtures';
import { countReadyResumes } from './vector-search';
import { requestJobScoring } from './job-scoring';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// A resume its candidate keeps private is scored like any other (their own matches need it) but left out of every
// read a recruiter makes: rankings, searches, exports, counts, duplicates and pages. Checked on a real database.
let database: TestDatabase;

function result(score: number, matched: string[]): MatchResult {
  return {
    score: Math.round(score),
    exact: score,
    band: score >= 70 ? 'strong' : score >= 45 ? 'partial' : 'weak',
    breakdown: { requirements: 0.5, skills: 0.5, title: 0.5, experience: null },
    skills: { matched, implied: [], missing: { required: [], preferred: [] }, related: [] },
    requirements: [],
    reasons: [],
    gaps: [],
  };
}

// The private candidate scores best and shares a skill, a search word and a shortlist with the visible ones, so any
// read that forgot the filter would show them first or count them.
const PEOPLE = [
  { id: 'ada', name: 'Ada Open', score: 80, skills: ['Python'], text: 'platform work in Berlin' },
  { id: 'sam', name: 'Sam Secret', score: 95, skills: ['Python', 'Go'], text: 'secret work in Berlin' },
  { id: 'bo', name: 'Bo Open', score: 50, skills: [], text: 'support desk' },
] as const;

const filters = (f: Partial<CandidateFilters> = {}): CandidateFilters => ({ ...DEFAULT_FILTERS, ...f });
const names = (rows: { candidateName: string | null }[]) => rows.map((r) => r.candidateName);

/** What a recruiter reads of the job: the ranked table, search, the CSV export's rows, and every count. */
async function recruiterView() {
  const table = await rankedCandidates('job', 'rec', filters());
  // The CSV export reads every row through rankedCandidates, a large page at a time.
  const exported = await rankedCandidates('job', 'rec', { ...filters(), pageSize: 1_000 });
  return {
    table: names(table.rows),
    ranks: table.rows.map((r) => r.rank),
    total: table.total,
    exported: names(exported.rows),
    byName: (await rankedCandidates('job', 'rec', filters({ sort: 'name' }))).rows.map((r) => [
      r.candidateName,
      r.rank,
    ]),
    searchBerlin: names((await rankedCandidates('job', 'rec', filters({ q: 'berlin' }))).rows),
    searchSecret: (await rankedCandidates('job', 'rec', filters({ q: 'secret' }))).total,
    withGo: (await rankedCandidates('job', 'rec', filters({ skills: ['Go'] }))).total,
    api: (await matchesForJob('job', { scope: { recruiterId: 'rec' } })).map((m) => m.resumeId),
    countRanked: await countRanked('job'),
    listed: (await listJobs({ recruiterId: 'rec' })).find((j) => j.id === 'job')?.candidates,
    statuses: await statusCounts('job', 'rec'),
    coverage: await skillCoverage('job', ['Python', 'Go']),
    place: await candidateForJob('job', 'ada', 'rec'),
    samPlace: await candidateForJob('job', 'sam', 'rec'),
    resumes: (await listResumes()).map((r) => r.id).sort(),
  };
}

beforeAll(async () => {
  database = await openTestDatabase('visibility');
  await insertRecruiter({ id: 'rec', email: 'rec@example.com', passwordHash: 'x' });
  await insertJob(plainJob({ id: 'job', ownerId: 'rec', title: 'Platform Engineer' }));
  for (const p of PEOPLE) {
    await insertResume(
      plainResume({
        id: p.id,
        candidateName: p.name,
        candidateEmail: `${p.id}@example.com`,
        contentHash: `hash-${p.id}`,
        text: p.text,
        visibility: p.id === 'sam' ? 'private' : 'recruiters',
      }),
    );
    await completeResume(p.id, { skills: [], years: null, warnings: [], chunks: [] }, [
      { jobId: 'job', result: result(p.score, [...p.skills]) },
    ]);
  }
  // Shortlisted while it was visible, then made private: the shortlist must not count it either.
  await setResumeVisibility('sam', 'recruiters');
  await saveApplication('job', 'sam', { status: 'shortlisted' }, 'rec');
  await setResumeVisibility('sam', 'private');
  // Two uploads still being read: one private, one visible.
  await insertResume(plainResume({ id: 'waiting-private', visibility: 'private' }));
  await insertResume(plainResume({ id: 'waiting-open' }));
});

afterAll(async () => {
  await database.close();
});

describe('a private resume', () => {
  it('is in no ranking, search, export row or count a recruiter reads', async () => {
    expect(await recruiterView()).toEqual({
      table: ['Ada Open', 'Bo Open'],
      ranks: [1, 2],
      total: 2,
      exported: ['Ada Open', 'Bo Open'],
      byName: [
        ['Ada Open', 1],
        ['Bo Open', 2],
      ],
      searchBerlin: ['Ada Open'],
      searchSecret: 0,
      withGo: 0,
      api: ['ada', 'bo'],
      countRanked: 2,
      listed: 2,
      statuses: { new: 2 },
      coverage: { total: 2, counts: { Python: 1, Go: 0 } },
      place: { rank: 1, total: 2, status: 'new', updatedAt: null },
      samPlace: null,
      resumes: ['ada', 'bo', 'waiting-open'],
    });
    expect(await countProcessingResumes()).toBe(1);
    expect(await isVisibleToRecruiters('sam')).toBe(false);
    expect(await isVisibleToRecruiters('ada')).toBe(true);
  });

  it('is never named as a duplicate, by file or by email', async () => {
    expect(await findDuplicateResume({ contentHash: 'hash-sam' })).toBeNull();
    expect(await findDuplicateResume({ email: 'sam@example.com' })).toBeNull();
    expect((await findDuplicateResume({ email: 'ada@example.com' }))?.id).toBe('ada');
  });

  it('is still scored, so its candidate keeps their matches', async () => {
    expect((await matchesForResume('sam', 'candidate')).map((m) => [m.jobId, m.score])).toEqual([
      ['job', 95],
    ]);
    expect(await countMatchesForResume('sam', 'candidate')).toBe(1);
    expect(await countReadyResumes()).toBe(3);
    expect(await countReadyResumes({ visibleToRecruiters: true })).toBe(2);
  });

  it('is left out of a scoring pass’s progress as recruiters see it', async () => {
    await requestJobScoring('job');
    expect(await jobScoringProgress('job')).toEqual({ done: 0, of: 2 });
  });

  it('appears at once, without rescoring, when made visible, and vanishes at once when made private again', async () => {
    await setResumeVisibility('sam', 'recruiters');
    const shown = await recruiterView();
    expect(shown.table).toEqual(['Sam Secret', 'Ada Open', 'Bo Open']);
    expect(shown.ranks).toEqual([1, 2, 3]);
    expect(shown.exported).toEqual(['Sam Secret', 'Ada Open', 'Bo Open']);
    expect(shown.searchSecret).toBe(1);
    expect(shown.listed).toBe(3);
    expect(shown.statuses).toEqual({ new: 2, shortlisted: 1 });
    expect(shown.coverage).toEqual({ total: 3, counts: { Python: 2, Go: 1 } });
    expect(shown.place?.rank).toBe(2);
    expect(shown.samPlace).toMatchObject({ rank: 1, total: 3, status: 'shortlisted' });
    expect((await findDuplicateResume({ email: 'sam@example.com' }))?.id).toBe('sam');

    await setResumeVisibility('sam', 'private');
    const hidden = await recruiterView();
    expect(hidden.table).toEqual(['Ada Open', 'Bo Open']);
    expect(hidden.listed).toBe(2);
    expect(hidden.samPlace).toBeNull();
  });

  it('cannot be stored with a visibility other than the two choices', async () => {
    await expect(
      insertResume(plainResume({ id: 'odd', visibility: 'everyone' as unknown as 'private' })),
    ).rejects.toThrow();
  });
});
