import { describe, expect, it } from 'vitest';
import { jobPassages, occupationWords, prepareJob, toJobProfile } from './prepare';
import { scoreMatch } from './score';
import type { ResumeProfile } from './types';

describe('prepareJob', () => {
  it('does not let a requirement name a skill it mentions only as the name of a team', () => {
    const job = prepareJob(
      'Machine Learning Engineer',
      `Responsibilities
- Review code and help set engineering standards for the ML team
- Train machine learning models and ship them with the Python team, in Python`,
    );
    const skillsOf = (start: string) => job.requirements.find((r) => r.text.startsWith(start))?.skills;
    expect(skillsOf('Review code')).not.toContain('Machine Learning');
    expect(skillsOf('Train machine learning')).toEqual(
      expect.arrayContaining(['Machine Learning', 'Python']),
    );
    // The posting still asks for what the team is named after.
    expect(job.skills.map((s) => s.name)).toContain('Machine Learning');
  });

  it('lets a tool the qualifications offer as one of several be one of several where the duties name it too', () => {
    const job = prepareJob(
      'Staff Accountant',
      `Responsibilities
- Help with the close and support our migration from QuickBooks Enterprise to NetSuite
- Participate in testing and data cleanup for the NetSuite implementation
- Perform general accounting for two plants

Qualifications
- Bachelor's degree in Accounting or Finance
- Hands-on experience with QuickBooks, NetSuite, or a similar ERP system`,
    );
    const req = (start: string) => job.requirements.find((r) => r.text.startsWith(start))!;
    expect(req('Participate').alternatives).toEqual([['QuickBooks', 'NetSuite', 'ERP']]);
    // A degree's subjects stay with the degree: accounting work asked among the duties is still asked.
    expect(req('Perform general accounting').alternatives).toEqual([]);

    // An accountant who knows SAP meets the ERP line, so neither system is a missing requirement.
    const profile = toJobProfile(
      job,
      Array.from({ length: job.requirements.length + 1 }, () => [1, 0]),
    );
    const resume: ResumeProfile = {
      chunks: [{ text: 'Posted journal entries in SAP for the general accounting team.', vector: [1, 0] }],
      skills: ['SAP', 'Accounting', "Bachelor's Degree"],
      years: 6,
      skillYears: {},
    };
    const result = scoreMatch(profile, resume);
    expect(result.skills.missing.required).toEqual([]);
    // Each met through the ERP that SAP is.
    expect(result.skills.alternatives).toEqual(
      expect.arrayContaining([
        { name: 'QuickBooks', via: 'ERP' },
        { name: 'NetSuite', via: 'ERP' },
      ]),
    );
  });

  it('takes how much a skill is needed from the qualifications, not from the duties that use it', () => {
    const job = prepareJob(
      'HR Generalist',
      `What you'll do
- Maintain employee records and process job changes in Workday
- Run payroll inputs with our payroll specialist

You should have
- Hands-on experience with an HRIS; Workday experience is a strong plus
- Experience supporting payroll processing`,
    );
    const level = (name: string) => job.skills.find((s) => s.name === name)?.level;
    expect(level('Workday')).toBe('preferred');
    // Asked for in the qualifications as well as used in the duties: required.
    expect(level('Payroll')).toBe('required');
    expect(level('HRIS')).toBe('required');
  });
});

describe('occupationWords', () => {
  it('embeds a title without its rank, so rank words do not make two occupations alike', () => {
    expect(occupationWords('SENIOR TECHNICAL DESIGNER')).toBe('TECHNICAL DESIGNER');
    expect(occupationWords('Senior Backend Engineer')).toBe('Backend Engineer');
    expect(occupationWords('Sr. Lead Data Engineer')).toBe('Data Engineer');
    expect(occupationWords('Technical Designer II')).toBe('Technical Designer');
    expect(occupationWords('Staff Accountant')).toBe('Accountant');
    // Words that name the work stay: a lead generation specialist, a team lead, a principal.
    expect(occupationWords('Lead Generation Specialist')).toBe('Lead Generation Specialist');
    expect(occupationWords('Team Lead')).toBe('Team Lead');
    expect(occupationWords('Principal')).toBe('Principal');
    expect(jobPassages(prepareJob('Senior Backend Engineer', 'Build APIs in Go.'))[0]).toBe(
      'Backend Engineer',
    );
  });
});
