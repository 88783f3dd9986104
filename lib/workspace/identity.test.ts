import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../match/types';
import { redactMatchResult } from './identity';

const result: MatchResult = {
  score: 70,
  exact: 70,
  band: 'strong',
  breakdown: { requirements: 0.5, skills: 0.5, title: 0.5, experience: 1 },
  skills: { matched: [], implied: [], missing: { required: [], preferred: [] }, related: [] },
  requirements: [
    {
      text: '10+ years of payroll',
      level: 'required',
      similarity: 0.8,
      coverage: 0.8,
      covered: true,
      evidence: 'Ada Byron ran payroll at Acme from 1988 to 1996; ada@example.com',
      years: null,
    },
  ],
  reasons: ['About 37 years of experience, more than the 10+ asked'],
  gaps: ['Asks for 40+ years (Forty years of payroll); the resume shows about 37 years'],
};

describe('redactMatchResult', () => {
  it('hides personal details, old dates and exact years of experience for blind review', () => {
    const blind = redactMatchResult(result, 'Ada Byron', 2025);
    expect(blind.requirements[0]!.evidence).toBe('[name] ran payroll at Acme from [year] to [year]; [email]');
    expect(blind.reasons).toEqual(['10+ years of experience, more than the 10+ asked']);
    expect(blind.gaps[0]).toMatch(/the resume shows 10\+ years$/);
    expect(JSON.stringify(blind)).not.toMatch(/37|1988|1996/);
  });
});
