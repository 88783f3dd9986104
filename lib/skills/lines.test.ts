import { describe, expect, it } from 'vitest';
import { isLabel } from './lines';

describe('isLabel', () => {
  it('reads headings, titles and run-together lists of names as labels', () => {
    for (const label of [
      'BUSINESS DEVELOPMENT',
      'Payroll',
      'Senior Data Analyst',
      'Director of Global Digital Marketing',
      'CORE FUNCTIONAL STRENGTHS HR Generalist Responsibilities Benefits/Payroll',
      'HRIS applications (SAP) Proficient with MS Office (Word, Excel, PowerPoint, Access, Outlook) Payroll Softwares for Payroll Processing',
      'Skills benefits, budget, client, delivery, hiring, HRIS, Human Resource, HR, Insurance, Leadership',
    ])
      expect(isLabel(label), label).toBe(true);
  });

  it('reads a line that says what was done as a sentence, however many names it holds', () => {
    for (const sentence of [
      'Providing and processing payroll Inputs.',
      'Built ETL pipelines in Python, Airflow, Snowflake and AWS Glue for Finance',
      'Managed AP, AR, GL, payroll, and fixed assets for three entities.',
      'Led business development for a supply firm.',
      'Maintain compliance with federal and state regulations concerning employment.',
    ])
      expect(isLabel(sentence), sentence).toBe(false);
  });
});
