import { describe, expect, it } from 'vitest';
import { normalizeTitle } from './normalize';

const norm = (title: string) => normalizeTitle(title).join(' ');

describe('normalizeTitle', () => {
  it('reads abbreviations, "X of Y" and plurals the way ESCO labels read', () => {
    expect(norm('Sr. HR Manager')).toBe('hr manager');
    expect(norm('Manager of Human Resources')).toBe('hr manager');
    expect(norm('Director of Marketing')).toBe('marketing director');
    expect(norm('IT Consultant')).toBe('ict consultant');
    expect(norm('e-Commerce Specialists')).toBe('ecommerce specialist');
    expect(norm('Behavior Analyst')).toBe('behaviour analyst');
  });

  it('drops seniority, levels and posting noise but keeps the job', () => {
    expect(norm('Staff Accountant II')).toBe('accountant');
    expect(norm('Principal Engineer')).toBe('engineer');
    expect(norm('Urgent hiring Remote Data Analyst')).toBe('data analyst');
    expect(norm('Team Lead')).toBe('team leader');
  });

  it('keeps words that name a different job, and never returns nothing for a real word', () => {
    expect(norm('Head Teacher')).toBe('head teacher');
    expect(norm('Chief Executive Officer')).toBe('chief executive officer');
    expect(norm('Senior')).toBe('senior');
    expect(norm('constructor')).toBe('constructor');
  });
});
