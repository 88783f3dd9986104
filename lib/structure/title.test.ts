import { describe, expect, it } from 'vitest';
import { guessTitle } from './title';

describe('guessTitle', () => {
  it('takes a "Job Title:" line, else a first line that reads as a title', () => {
    expect(guessTitle('Intro\nJob Title: Payroll Specialist\nMore')).toBe('Payroll Specialist');
    expect(guessTitle('Senior Data Scientist\nWe are hiring.')).toBe('Senior Data Scientist');
    expect(guessTitle('hiring Jr. Digital Marketing Executive@ Ghansoli\nBody')).toBe(
      'hiring Jr. Digital Marketing Executive@ Ghansoli',
    );
  });

  it('skips an opening sentence about a job site, headings, bullets and metadata', () => {
    const posting = [
      'Lensa is the leading career site for job seekers. Our client, Bayer, is seeking professionals.',
      'Location: Chesterfield, MO',
      'Responsibilities',
      '- Design and implement scalable AI/ML infrastructure',
      'Staff Machine Learning Engineer',
    ].join('\n');
    expect(guessTitle(posting)).toBe('Staff Machine Learning Engineer');
  });
});
