import { describe, expect, it } from 'vitest';
import { parseJobForm } from './job-input';

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
});
