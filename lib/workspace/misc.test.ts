import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../match/types';
import { scoreContributions } from './breakdown';
import { EXPORT_HEADER, exportFilename, exportRow } from './export';
import { blindLabel, candidateName, redactMatchResult } from './identity';

const result = {
  score: 62,
  exact: 62.4,
  band: 'partial',
  breakdown: { requirements: 0.6, skills: 0.5, title: 0.8, experience: 1 },
  skills: {
    matched: ['Python'],
    implied: [{ name: 'Kubernetes', via: 'Amazon EKS' }],
    missing: { required: ['Terraform'], preferred: ['Go', 'Rust'] },
    related: [],
  },
  requirements: [
    {
      text: 'Python',
      level: 'required',
      similarity: 0.5,
      coverage: 0.8,
      covered: true,
      evidence: 'Jane Doe, jane@doe.com, wrote Python',
      years: null,
    },
  ],
  reasons: ['Jane Doe names Python'],
  gaps: [],
} satisfies MatchResult;

describe('scoreContributions', () => {
  it('splits the score into weighted points that add up to it', () => {
    const { parts, experienceFactor } = scoreContributions({
      ...result.breakdown,
      profession: 0.7,
      document: 0.4,
    });
    expect(parts.map((p) => [p.key, p.points, p.max])).toEqual([
      ['requirements', 12, 20],
      ['skills', 7.5, 15],
      ['title', 16, 20],
      ['profession', 17.5, 25],
      ['document', 8, 20],
    ]);
    expect(experienceFactor).toBe(1);
    expect(Math.round(parts.reduce((a, p) => a + p.points, 0) * (experienceFactor ?? 1))).toBe(61);
  });

  it('lets the parts a result stored before the others existed share the whole score', () => {
    const { parts } = scoreContributions(result.breakdown);
    expect(parts.map((p) => p.key)).toEqual(['requirements', 'skills', 'title']);
    expect(Math.round(parts.reduce((a, p) => a + p.max, 0))).toBe(100);
  });

  it('has no experience factor when experience was not assessed', () => {
    expect(scoreContributions({ ...result.breakdown, experience: null }).experienceFactor).toBeNull();
    expect(scoreContributions({ ...result.breakdown, experience: 0 }).experienceFactor).toBe(0.9);
  });
});

describe('export rows', () => {
  it('puts each list in one cell and names the status', () => {
    const row = exportRow({ rank: 3, label: 'Jane Doe', result, status: 'shortlisted', notes: 'call back' });
    expect(row).toEqual([
      3,
      'Jane Doe',
      62,
      'partial',
      'Python; Kubernetes (via Amazon EKS)',
      'Terraform',
      'Go; Rust',
      'Shortlisted',
      'call back',
      '',
    ]);
    expect(row).toHaveLength(EXPORT_HEADER.length);
  });

  it('lists what the candidate claims in its own column, never among the matched or missing skills', () => {
    const claimed = {
      ...result,
      skills: {
        ...result.skills,
        missing: { required: ['Terraform', 'Docker'], preferred: ['Go', 'Rust'] },
        claimed: [{ name: 'Docker' }, { name: 'Go', via: 'Gin' }],
      },
    };
    const row = exportRow({ rank: 1, label: 'Jane Doe', result: claimed, status: 'new', notes: '' });
    const cell = (label: (typeof EXPORT_HEADER)[number]) => row[EXPORT_HEADER.indexOf(label)];
    expect(cell('Matched skills')).toBe('Python; Kubernetes (via Amazon EKS)');
    expect(cell('Missing required skills')).toBe('Terraform');
    expect(cell('Missing nice-to-have skills')).toBe('Rust');
    expect(cell('Claimed skills (not in the resume)')).toBe('Docker; Go (via Gin)');
  });

  it('names the file after the job, safely', () => {
    expect(
      exportFilename('Platform Engineer / SRE (Berlin) "Ünïcode"', new Date('2026-03-01T10:00:00Z')),
    ).toBe('platform-engineer-sre-berlin-unicode-candidates-2026-03-01.csv');
    expect(exportFilename('***', new Date('2026-03-01T10:00:00Z'))).toBe('job-candidates-2026-03-01.csv');
  });
});

describe('blind review', () => {
  it('replaces the name with a stable stand-in', () => {
    expect(blindLabel('AbCdEf123456')).toBe('Candidate #AbCdEf');
    expect(
      candidateName({ resumeId: 'AbCdEf123456', candidateName: 'Jane Doe', filename: 'jane.pdf' }, true),
    ).toBe('Candidate #AbCdEf');
    expect(candidateName({ resumeId: 'x', candidateName: null, filename: 'jane.pdf' }, false)).toBe(
      'jane.pdf',
    );
  });

  it('takes personal details out of quoted passages', () => {
    const redacted = redactMatchResult(result, 'Jane Doe');
    expect(redacted.requirements[0]!.evidence).not.toMatch(/Jane|jane@doe\.com/);
    expect(redacted.requirements[0]!.evidence).toContain('Python');
    expect(redacted.reasons[0]).toBe('[name] names Python');
    expect(result.reasons[0]).toBe('Jane Doe names Python');
  });
});

describe('job skills', () => {
  it('lists each skill once, required first, a skill named at both levels counting as required', async () => {
    const { jobSkillNames, jobSkillsByLevel } = await import('./job-skills');
    const skills = [
      { name: 'Go', level: 'preferred' as const },
      { name: 'Python', level: 'required' as const },
      { name: 'Go', level: 'required' as const },
      { name: 'Rust', level: 'preferred' as const },
    ];
    expect(jobSkillsByLevel(skills)).toEqual({ required: ['Go', 'Python'], preferred: ['Rust'] });
    expect(jobSkillNames(skills)).toEqual(['Go', 'Python', 'Rust']);
  });
});
