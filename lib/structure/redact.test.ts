import { describe, expect, it } from 'vitest';
import { experienceBand } from './experience';
import { latestYear, redactAgeHints, redactOldYears, redactPersonalDetails } from './redact';

const RESUME = `Jordan Lee
Senior ML Engineer
1200 Pine Street, Apt 4B · Seattle, WA 98101
jordan.lee@example.com · (206) 555-0143 · +44 20 7946 0958 · linkedin.com/in/jordanlee · https://jordanlee.dev
EXPERIENCE
Northwind Analytics, Mar 2021 – Present: Jordan led the move to PyTorch 2.1 and cut costs 18%.
2016 - 2020 Software Engineer`;

describe('redactPersonalDetails', () => {
  const out = redactPersonalDetails(RESUME, 'Jordan Lee');

  it('hides name, email, phones, street address and links', () => {
    for (const secret of [
      'Jordan',
      'Lee',
      'jordan.lee@example.com',
      '555-0143',
      '7946',
      'Pine Street',
      'linkedin.com',
      'jordanlee.dev',
      '98101',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out.startsWith('[name]\n')).toBe(true);
  });

  it('keeps the evidence: employers, dates, versions and numbers', () => {
    for (const kept of [
      'Northwind Analytics',
      'Mar 2021 – Present',
      'PyTorch 2.1',
      '18%',
      '2016 - 2020',
      'Senior ML Engineer',
    ]) {
      expect(out).toContain(kept);
    }
  });
});

describe('redactAgeHints', () => {
  const resume = `Sam Park
Experience
Data Engineer, Acme — 2019 – 2025
Analyst, Globex — 2008 – 2019
Education
BSc Computer Science, 2004 – 2008
Certifications
AWS Solutions Architect, 2023`;

  it('hides graduation years and early job dates, and keeps recent dates', () => {
    const out = redactAgeHints(resume);
    expect(out).toContain('BSc Computer Science, [year] – [year]');
    expect(out).toContain('Analyst, Globex — [year] – 2019');
    expect(out).toContain('Data Engineer, Acme — 2019 – 2025');
    expect(out).toContain('AWS Solutions Architect, 2023');
  });
});

describe('experienceBand', () => {
  it('says how experienced, not how old', () => {
    expect([1, 3, 7, 37].map(experienceBand)).toEqual([
      'under 2 years',
      '2–5 years',
      '5–10 years',
      '10+ years',
    ]);
  });
});

describe('latestYear and redactOldYears', () => {
  it('hide a quoted line’s years more than ten before the resume’s latest', () => {
    const latest = latestYear('Engineer, Acme 1988 – 1996\nLead, Initech 2016 – 2025');
    expect(latest).toBe(2025);
    expect(redactOldYears('Built the payroll system at Acme (1988 – 1996)', latest)).toBe(
      'Built the payroll system at Acme ([year] – [year])',
    );
    expect(redactOldYears('Led the platform team, 2016 – 2025', latest)).toBe(
      'Led the platform team, 2016 – 2025',
    );
    expect(latestYear('no dates here')).toBe(0);
  });
});
