import { describe, expect, it } from 'vitest';
import { allOf, phrasedSkills, skillLabel, eitherOf } from './phrases';

describe('phrasedSkills', () => {
  it('gives every skill of a match the phrases that named it, and [] for results stored without them', () => {
    const out = phrasedSkills({
      matched: ['Amazon Web Services'],
      implied: [{ name: 'Kubernetes', via: 'Amazon EKS' }],
      missing: { required: ['MLflow'], preferred: [] },
      related: [],
      phrases: { 'Amazon Web Services': ['AWS'], Kubernetes: ['EKS'] },
    });
    expect(out.matched).toEqual([{ name: 'Amazon Web Services', phrases: ['AWS'] }]);
    expect(out.implied).toEqual([{ name: 'Kubernetes', via: 'Amazon EKS', phrases: ['EKS'] }]);
    expect(out.missing.required).toEqual([{ name: 'MLflow', phrases: [] }]);
  });
});

describe('skillLabel', () => {
  it('adds the text’s own words only when they differ from the name', () => {
    expect(skillLabel('Amazon Web Services', ['AWS'])).toBe('Amazon Web Services · “AWS”');
    expect(skillLabel('Python', ['python', 'Python'])).toBe('Python');
    expect(skillLabel('Microsoft Excel', undefined)).toBe('Microsoft Excel');
  });
});

describe('eitherOf', () => {
  it('writes a group of alternatives as one choice', () => {
    expect(eitherOf(['Accounting', 'Economics', 'Finance'])).toBe('Accounting, Economics or Finance');
    expect(eitherOf(['AWS', 'GCP'])).toBe('AWS or GCP');
    expect(eitherOf(['AWS'])).toBe('AWS');
  });

  it('writes every one of a list with "and" (allOf)', () => {
    expect(allOf(['Economics', 'Finance'])).toBe('Economics and Finance');
    expect(allOf(['A', 'B', 'C'])).toBe('A, B and C');
    expect(allOf(['Finance'])).toBe('Finance');
  });
});
