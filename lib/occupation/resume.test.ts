import { describe, expect, it } from 'vitest';
import { classifyResume, resumeTitleHints } from './resume';

const NOW = new Date('2026-01-15');
const RESUME = `Mary Baker
mary.baker@example.com | (555) 123-4567
Senior Accountant

SUMMARY
Accountant with ten years of month-end close and audit support.

EXPERIENCE
Senior Accountant
Jan 2019 - Present Acme Corp - Boston, MA
- Closed the books each month.
Staff Accountant, Beta LLC — 2015 - 2018
- Prepared journal entries.
Accounting Clerk
06/2012 to 05/2015 Company Name - City , State

EDUCATION
BS Accounting, 2008 - 2012`;

describe('resumeTitleHints', () => {
  it('finds the headline under the name and contact lines, and one title per role, most recent first', () => {
    expect(resumeTitleHints(RESUME, NOW)).toEqual({
      headline: 'Senior Accountant',
      roleTitles: ['Senior Accountant', 'Staff Accountant, Beta LLC', 'Accounting Clerk'],
    });
  });

  it('finds no headline when the resume opens with its name and a section', () => {
    expect(
      resumeTitleHints('MARY BAKER\nmary@example.com\nSUMMARY\nGood with numbers.', NOW).headline,
    ).toBeNull();
  });
});

describe('classifyResume', () => {
  it('names the occupation the headline and recent roles agree on', () => {
    const occupation = classifyResume(resumeTitleHints(RESUME, NOW));
    expect(occupation).toMatchObject({ code: '2411.1', isco: '2411' });
    expect(occupation!.confidence).toBeGreaterThan(0.5);
  });

  it('weighs the headline and the most recent role above older roles', () => {
    expect(classifyResume({ headline: 'Data Analyst', roleTitles: ['Accountant'] })?.isco).toBe('2511');
    expect(classifyResume({ headline: null, roleTitles: ['Registered Nurse', 'Cashier'] })?.isco).toMatch(
      /^222/,
    );
  });

  it('lets related older roles outvote one odd recent role', () => {
    const occupation = classifyResume({
      headline: null,
      roleTitles: ['Lease Administrator', 'Senior Accountant', 'Staff Accountant', 'Accountant'],
    });
    expect(occupation?.isco).toBe('2411');
  });

  it('is null when no title names an occupation', () => {
    expect(classifyResume({ headline: null, roleTitles: [] })).toBeNull();
    expect(classifyResume({ headline: 'Company Name', roleTitles: ['Consultant'] })).toBeNull();
  });
});
