import { describe, expect, it } from 'vitest';
import { estimateYears, requiredYears } from './experience';

const NOW = new Date('2026-06-15');

describe('estimateYears', () => {
  it('sums dated roles and counts overlaps once', () => {
    const text =
      'Senior Engineer, Acme — Jan 2020 – Present\nEngineer, Beta — 2016 - 2020\nContractor, Gamma 06/2018 to 12/2018';
    expect(estimateYears(text, NOW)).toBeCloseTo(10.4, 0);
  });

  it('returns null when the resume has no dates', () => {
    expect(estimateYears('Python developer with a love of testing.', NOW)).toBeNull();
  });

  it('ignores impossible ranges', () => {
    expect(estimateYears('Worked 2019 - 2015 and 2030 - 2032', NOW)).toBeNull();
  });
});

describe('requiredYears', () => {
  it('finds the largest "N+ years of experience" requirement', () => {
    expect(requiredYears('3+ years of Python experience. 5+ years of professional experience in ML.')).toBe(
      5,
    );
    expect(requiredYears('Minimum 2 years experience in accounts payable')).toBe(2);
  });

  it('reads years asked without the word "experience"', () => {
    expect(requiredYears('3+ years of Python.')).toBe(3);
    expect(requiredYears('At least 4 years in payroll administration.')).toBe(4);
    expect(requiredYears('Four-year degree and two to five years prior work as Manufacturing engineer')).toBe(
      2,
    );
    expect(requiredYears('Three years of experience in retail.')).toBe(3);
  });

  it('is null when the posting asks for no years', () => {
    expect(requiredYears('Experience with React and TypeScript.')).toBeNull();
    expect(requiredYears('Mentor students 14+ years old. Founded 20 years ago.')).toBeNull();
  });
});
