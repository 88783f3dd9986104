import { describe, expect, it } from 'vitest';
import { classifyTitle, MIN_CONFIDENCE, rankTitle } from './classify';

const isco = (title: string) => classifyTitle(title)?.isco ?? null;
const code = (title: string) => classifyTitle(title)?.code ?? null;

describe('classifyTitle', () => {
  it('names the occupation of everyday titles', () => {
    expect(isco('Staff Accountant')).toMatch(/^(2411|3313)$/);
    expect(isco('Machine Learning Engineer')).toMatch(/^25/);
    expect(isco('High School Mathematics Teacher')).toBe('2330');
    expect(isco('Registered Nurse')).toMatch(/^222/);
    expect(code('Data Scientist')).toBe('2511.4');
    expect(isco('Electrician')).toBe('7411');
  });

  it('ignores seniority, locations, brackets, companies and posting noise', () => {
    expect(code('Sr. Data Analyst (Remote)')).toBe('2511.3');
    expect(isco('Accountant at Deloitte')).toBe('2411');
    expect(isco('Software Engineer, Core')).toBe('2512');
    expect(isco('Senior Software Engineer - Google')).toBe('2512');
    expect(isco('hiring Jr. Digital Marketing Executive@ Ghansoli')).toMatch(/^12/);
    expect(isco('Chief Executive Officer, Company Name - City , State')).toBe('1120');
    // A sales segment names the customers: "Mid-Market" is no market development.
    expect(isco('Account Executive')).toBe('1420');
    expect(isco('Account Executive, Mid-Market')).toBe('1420');
    expect(isco('SMB Account Executive')).toBe('1420');
  });

  it('reads titles written in parts or with abbreviations', () => {
    expect(isco('Manager / Senior Manager - Human Resources')).toBe('1212');
    expect(isco('Asst. Manager HR')).toBe('1212');
    expect(isco('Dy.Manager/Manager HR')).toBe('1212');
    expect(isco('Project Engineer (Mechanical) (Saudi Arabia)')).toBe('2144');
  });

  it('lets the head noun decide between titles that share their other words', () => {
    expect(isco('Sales Manager')).toMatch(/^12/);
    expect(isco('Sales Assistant')).toMatch(/^52/);
    expect(isco('Substitute Teacher')).toMatch(/^23/);
    expect(isco('Teacher')).toMatch(/^23/);
  });

  it('knows common modern titles that ESCO lacks', () => {
    expect(isco('Full Stack Developer')).toBe('2512');
    expect(isco('Site Reliability Engineer')).toMatch(/^25/);
    expect(isco('UX Designer')).toMatch(/^25/);
    expect(isco('Scrum Master')).toBe('1330');
  });

  it('returns null for titles that name no particular occupation', () => {
    for (const title of [
      'Consultant',
      'Manager',
      'Analyst',
      'Executive',
      'Team Leader',
      'Company Name',
      '',
      '  ',
    ])
      expect(classifyTitle(title)).toBeNull();
    expect(
      classifyTitle('Lensa is the leading career site for job seekers at every stage of their career.'),
    ).toBeNull();
  });

  it('reports a confidence between the threshold and 1, with the ISCO unit group label', () => {
    const occupation = classifyTitle('Financial Analyst')!;
    expect(occupation).toMatchObject({ code: '2413.1', isco: '2413', label: 'financial analyst' });
    expect(occupation.iscoLabel).toMatch(/financial/i);
    expect(occupation.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(occupation.confidence).toBeLessThanOrEqual(1);
    expect(classifyTitle('Senior Financial Analyst - Mumbai')!.confidence).toBeLessThanOrEqual(
      occupation.confidence,
    );
  });

  it('ranks a title exactly as ESCO writes it above a loose match', () => {
    const [first, second] = rankTitle('Data Analyst', 2);
    expect(first!.matched).toBe('data analyst');
    expect(first!.confidence).toBeGreaterThan(second!.confidence);
  });
});
