import { describe, expect, it } from 'vitest';
import type { ExtractedSkill } from '../skills';
import { prepareJob, toJobProfile } from './prepare';
import { scoreMatch } from './score';
import { storedJobProfile, storedResumeProfile } from './stored';
import type { ResumeProfile } from './types';

const skill = (name: string, extra: Partial<ExtractedSkill & { years: number }> = {}) =>
  ({ name, category: 'tool', level: 'required', ...extra }) as ExtractedSkill & { years?: number };

describe('storedResumeProfile', () => {
  it('sorts stored chunks into passages, titles and lines, and applies the candidate’s corrections', () => {
    const profile = storedResumeProfile(
      {
        skills: [
          skill('Python', { years: 4, evidence: 'Python services' }),
          skill('Theatre'),
          skill('Python'),
        ],
        years: 6,
        corrections: { added: ['Kubernetes'], removed: ['Theatre'] },
      },
      [
        { kind: 'passage', text: 'p1', vector: [1] },
        { kind: 'headline', text: 'Engineer', vector: [2] },
        { kind: 'line', text: 'l1', vector: [3] },
        { kind: 'passage', text: 'p2', vector: [4] },
      ],
    );
    expect(profile.chunks.map((c) => c.text)).toEqual(['p1', 'p2']);
    expect(profile.titles).toEqual([{ text: 'Engineer', kind: 'headline', vector: [2] }]);
    expect(profile.lines?.map((l) => l.text)).toEqual(['l1']);
    expect(profile.skills).toEqual(['Python']);
    expect(profile.skillYears).toEqual({ Python: 4 });
    expect(profile.skillEvidence).toEqual({ Python: 'Python services' });
    expect(profile.claimed).toEqual(['Kubernetes']);
  });
});

describe('storedJobProfile', () => {
  it('pairs requirements with their vectors in order, filling what older rows lack', () => {
    const profile = storedJobProfile(
      {
        title: 'Engineer',
        titleEmbedding: [1, 0],
        requirements: [
          { text: 'Python', level: 'required', skills: ['Python'] },
          { text: 'AWS or GCP', level: 'preferred', skills: [], minYears: 2, alternatives: [['AWS', 'GCP']] },
        ],
        skills: [skill('Python')],
        minYears: null,
      },
      [[0, 1]],
    );
    expect(profile.requirements).toEqual([
      {
        text: 'Python',
        level: 'required',
        skills: ['Python'],
        minYears: null,
        alternatives: [],
        parts: [],
        vector: [0, 1],
      },
      {
        text: 'AWS or GCP',
        level: 'preferred',
        skills: [],
        minYears: 2,
        alternatives: [['AWS', 'GCP']],
        parts: [],
        vector: [],
      },
    ]);
    expect(profile.skills.map((s) => s.name)).toEqual(['Python']);
  });

  it('scores a resume as the prepared posting does: the same whole-document fit', () => {
    const job = prepareJob('Data Engineer', 'Requirements\n- Build pipelines in Python\n- Model data in SQL');
    const vectors = [
      [1, 0, 0],
      [0.6, 0.8, 0],
      [0.6, 0, 0.8],
    ];
    const prepared = toJobProfile(job, vectors);
    const stored = storedJobProfile(
      { ...job, titleEmbedding: vectors[0]!, occupation: null },
      vectors.slice(1),
    );
    expect(stored.requirementMeanNorm).toBeCloseTo(prepared.requirementMeanNorm!, 6);
    const resume: ResumeProfile = {
      chunks: [{ text: 'Built pipelines in Python and SQL', vector: [0.5, 0.6, 0.6] }],
      skills: ['Python'],
      years: 3,
      skillYears: {},
    };
    expect(scoreMatch(stored, resume).breakdown).toEqual(scoreMatch(prepared, resume).breakdown);
  });
});
