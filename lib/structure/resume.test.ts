import { describe, expect, it } from 'vitest';
import { parseResume, skillYears } from './resume';

const NOW = new Date('2026-01-15');
const RESUME = `Jane Park
Backend Engineer

SUMMARY
Engineer who likes boring, reliable systems.

EXPERIENCE
Senior Engineer, Acme Payments — Jan 2020 – Present
- Built the ledger service in Go and PostgreSQL.
Software Engineer
Mar 2016 to Dec 2019 Company Name - City , State
- Maintained Java services and wrote Python tooling.

EDUCATION
BSc Computer Science, 2012 - 2016`;

describe('parseResume', () => {
  const parsed = parseResume(RESUME, NOW);

  it('finds the sections', () => {
    expect(parsed.sections.map((s) => s.kind)).toEqual(['summary', 'experience', 'education']);
  });

  it('finds dated roles with their titles, taking the line above when the date line names only the company', () => {
    expect(parsed.roles.map((r) => r.title)).toEqual(['Senior Engineer, Acme Payments', 'Software Engineer']);
  });

  it('counts work years only, not the degree', () => {
    expect(parsed.years).toBeCloseTo(9.8, 0);
  });

  it('reads no role from volunteering, community service or memberships', () => {
    const activities = `Ongoing Community Service Initiatives
Student of the Month Program, Turner Elementary School, 2004-Present.
Professional Affiliations
Member, American Payroll Association, 2001-Present

EDUCATION`;
    const withActivities = RESUME.replace('EDUCATION', activities);
    const again = parseResume(withActivities, NOW);
    expect(again.roles.map((r) => r.title)).toEqual(['Senior Engineer, Acme Payments', 'Software Engineer']);
    expect(again.years).toBeCloseTo(9.8, 0);
  });

  it('gives years per skill from the roles that name it', () => {
    const perSkill = skillYears(parsed.roles, (text) =>
      ['Go', 'Python', 'Java'].filter((s) => text.includes(s)),
    );
    expect(perSkill.get('Go')).toBeCloseTo(6, 0);
    expect(perSkill.get('Python')).toBeCloseTo(3.8, 0);
  });
});
