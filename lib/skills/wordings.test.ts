import { describe, expect, it } from 'vitest';
import { extractSkills } from './index';

const names = (text: string) => extractSkills(text, { kind: 'resume' }).map((s) => s.name);

describe('natural wordings of a skill', () => {
  it('reads multi-word names in either number', () => {
    expect(names('Managed fixed asset additions and disposals.')).toEqual(['Fixed Assets']);
    expect(names('Designed a REST API and two data pipeline jobs.')).toEqual(['REST APIs', 'Data Pipelines']);
    expect(names('Ran weekly code reviews.')).toEqual(['Code Review']);
  });

  it('reads the verb and noun forms of bookkeeping areas next to a word of the area', () => {
    expect(names('Interfacing with auditors on the year-end audit.')).toEqual(['Auditing']);
    expect(names('Audited vendor invoices every quarter.')).toEqual(['Auditing']);
    expect(names('Reconciled bank statements and vendor accounts monthly.')).toEqual([
      'Account Reconciliation',
    ]);
    expect(names('Prepared the annual budget and quarterly revenue forecasts.')).toEqual([
      'Budgeting',
      'Financial Forecasting',
    ]);
    expect(names('Kept the books for three clients.')).toEqual(['Bookkeeping']);
    expect(names('Planned lessons for 30 students.')).toEqual(['Lesson Planning']);
    expect(names('Cared for patients on a busy ward.')).toEqual(['Patient Care']);
  });

  it('does not read those words in other senses', () => {
    expect(names('Implemented audit logging and an audit trail.')).toEqual([]);
    expect(names('Ran a security audit of the code.')).toEqual([]);
    expect(names('Data reconciliation between two topics.')).toEqual([]);
    expect(names('A generous learning budget.')).toEqual([]);
    expect(names('Checked the weather forecast.')).toEqual([]);
    expect(names('The project came in on budget.')).toEqual([]);
  });

  it('keeps a heading that is only a skill name in the other number out', () => {
    expect(names('Job description\nYou will write Python.')).toEqual(['Python']);
    expect(names('Wrote job descriptions for every role.')).toEqual(['Job Descriptions']);
  });
});
