import { describe, expect, it } from 'vitest';
import { hostileStrings } from '../test-support/fuzz-fields';
import { JOB_FORM_FIELDS, JobInputSchema, parseJobForm } from './job-input';

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe('parseJobForm', () => {
  it('returns the validated job and what was typed', () => {
    const description =
      'We need a backend engineer with Go, PostgreSQL and Kafka experience to build payment services.';
    const out = parseJobForm(form({ title: ' Backend Engineer ', description }));
    expect(out).toMatchObject({ ok: true, data: { title: 'Backend Engineer', company: '', location: '' } });
    expect(out.values.title).toBe(' Backend Engineer ');
  });

  it('names the field that is wrong and keeps the typed values', () => {
    const out = parseJobForm(form({ title: 'X', description: 'too short' }));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.fieldErrors.title).toMatch(/at least 2/);
    expect(out.fieldErrors.description).toMatch(/full job description/);
    expect(out.fieldErrors.company).toBeUndefined();
    expect(out.values).toEqual({ title: 'X', company: '', location: '', description: 'too short' });
  });

  it('refuses a NUL in the title, company or location with a sentence, and removes it from the description', () => {
    const description = `We need a data engineer\u0000 with Python, SQL and Airflow to build pipelines.`;
    const out = parseJobForm(
      form({ title: 'Data\u0000 Engineer', company: 'Acme\u0000', location: '\u0000Berlin', description }),
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    for (const field of ['title', 'company', 'location'] as const)
      expect(out.fieldErrors[field]).toBe(
        `There is an invisible NUL character in the ${field}, which text cannot hold: type it again.`,
      );
    expect(out.fieldErrors.description).toBeUndefined();
    const fine = JobInputSchema.parse({ title: 'Data Engineer', description });
    expect(fine.description).toBe(description.replace('\u0000', ''));
  });
});

describe('JobInputSchema under fuzzing', () => {
  it('takes hostile text in every field without throwing: NUL-free data, or a sentence for each refusal', () => {
    const description = 'We need a backend engineer with Go, PostgreSQL and Kafka to build payment services.';
    const strings = hostileStrings(20261122, 400);
    for (const [i, { family, value }] of strings.entries()) {
      for (const field of JOB_FORM_FIELDS) {
        const other = strings[(i + 1) % strings.length]!.value;
        const input = { title: 'Data Engineer', description, company: other, [field]: value };
        const parsed = JobInputSchema.safeParse(input);
        const label = `${family} in ${field}`;
        if (parsed.success) expect(JSON.stringify(parsed.data), label).not.toContain('\\u0000');
        else
          for (const issue of parsed.error.issues) expect(issue.message, label).toMatch(/^[A-Z].{10,}[.:]/);
        if (value.includes('\u0000') && field !== 'description') expect(parsed.success, label).toBe(false);
      }
    }
  });
});
