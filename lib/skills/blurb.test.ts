import { describe, expect, it } from 'vitest';
import { blurbRanges } from './blurb';
import { extractSkills } from './index';

const names = (text: string, kind: 'posting' | 'resume') => extractSkills(text, { kind }).map((s) => s.name);

const POSTING = `Account Executive
About the role
Fieldstone makes field service software for HVAC, plumbing, and electrical contractors. We are hiring an Account Executive to run the full sales cycle.

Requirements
- 3+ years of B2B sales experience
- Daily working knowledge of Salesforce

About us
Fieldstone serves grocery and pharmacy chains across the Midwest.

What we offer
- Free yoga classes and a gym membership
We are an equal opportunity employer and do not discriminate on the basis of genetics or disability.`;

describe('company, benefits and EEO text in a posting', () => {
  it('drops skills named only in the blurb from a posting', () => {
    const found = names(POSTING, 'posting');
    expect(found).toEqual(expect.arrayContaining(['B2B Sales', 'Salesforce']));
    for (const skill of ['HVAC', 'Plumbing', 'Pharmacy', 'Yoga Instruction', 'Genetics'])
      expect(found).not.toContain(skill);
  });

  it('keeps the same skills in a resume', () => {
    expect(names(POSTING, 'resume')).toEqual(
      expect.arrayContaining(['HVAC', 'Plumbing', 'Pharmacy', 'Salesforce']),
    );
  });

  it('keeps a skill that the requirements name as well as the blurb', () => {
    const text =
      'HR Generalist\nTidewater Logistics operates warehouses across Virginia.\n\nQualifications\n- 3+ years of HR experience, preferably in logistics';
    expect(extractSkills(text, { kind: 'posting' }).find((s) => s.name === 'Logistics')?.level).toBe(
      'preferred',
    );
  });

  it('keeps lead-in sentences about the role and its tools', () => {
    const text =
      'Backend Engineer\nLedgerline moves money for small lenders. Our services are written in Go. As a Backend Engineer you will own our PostgreSQL schemas.';
    const found = names(text, 'posting');
    expect(found).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
  });

  it('marks the "About us" section and the benefits as blurb, not the requirements', () => {
    const ranges = blurbRanges(POSTING);
    const inBlurb = (phrase: string) =>
      ranges.some(([a, b]) => a <= POSTING.indexOf(phrase) && POSTING.indexOf(phrase) < b);
    expect(inBlurb('grocery and pharmacy')).toBe(true);
    expect(inBlurb('Free yoga')).toBe(true);
    expect(inBlurb('Daily working knowledge')).toBe(false);
  });
});

describe('people and units a posting names', () => {
  it('does not ask for the skills of the colleagues one collaborates with', () => {
    const text =
      'Frontend Developer\nRequirements\n- React and TypeScript\n- Collaborate with designers and backend engineers\n- Partner with customer success for a clean handoff';
    expect(names(text, 'posting')).toEqual(['Front-End Development', 'React', 'TypeScript']);
  });

  it('does not read a department name as a requirement', () => {
    expect(
      names(
        'The position is at the Department of Physics, Chemistry and Pharmacy. You hold a PhD in Chemistry.',
        'posting',
      ),
    ).toEqual(['PhD', 'Chemistry']);
  });
});

describe('the application notes and labels at the end of a posting', () => {
  it('asks nothing of the candidate in "Your application", agency notices or label lines', () => {
    const posting = `Staff Machine Learning Engineer
Division: Crop Science

Required Qualifications
- Python and Kubernetes in production

YOUR APPLICATION
Bayer offers a wide variety of competitive compensation and benefits programs.

To all recruitment agencies: Bayer does not accept unsolicited third party resumes.`;
    expect(names(posting, 'posting')).toEqual(['Machine Learning', 'Python', 'Kubernetes']);
  });
});
