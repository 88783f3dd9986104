import { describe, expect, it } from 'vitest';
import { allSkills, findSkill } from './index';
import { SKILLS } from './taxonomy';

describe('taxonomy data', () => {
  it('holds at least 2,000 canonical skills with unique names and a category each', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(SKILLS.map((s) => s.name.toLowerCase())).size).toBe(SKILLS.length);
    expect(SKILLS.every((s) => s.category.length > 0)).toBe(true);
  });

  it('refers only to canonical names in implies and related', () => {
    const names = new Set(SKILLS.map((s) => s.name));
    const dangling = SKILLS.flatMap((s) => [...(s.implies ?? []), ...(s.related ?? [])].filter((n) => !names.has(n)));
    expect(dangling).toEqual([]);
  });

  it('spans software and non-software professions', () => {
    const categories = new Set(SKILLS.map((s) => s.category));
    for (const c of ['language', 'cloud', 'ml', 'healthcare', 'finance', 'sales', 'hr', 'teaching', 'engineering', 'aviation', 'hospitality', 'legal']) {
      expect(categories).toContain(c);
    }
  });
});

describe('findSkill', () => {
  it('looks up canonical names and aliases case-insensitively', () => {
    expect(findSkill('k8s')).toEqual({ name: 'Kubernetes', category: 'devops' });
    expect(findSkill('KUBE')?.name).toBe('Kubernetes');
    expect(findSkill('sklearn')?.name).toBe('scikit-learn');
    expect(findSkill('scikit learn')?.name).toBe('scikit-learn');
    expect(findSkill('psql')?.name).toBe('PostgreSQL');
    expect(findSkill('Google Cloud Platform')?.name).toBe('Google Cloud');
    expect(findSkill('aws')?.name).toBe('Amazon Web Services');
    expect(findSkill('golang')?.name).toBe('Go');
    expect(findSkill('excel')?.name).toBe('Microsoft Excel');
  });

  it('returns null for unknown or generic words', () => {
    expect(findSkill('communication')).toBeNull();
    expect(findSkill('sales')).toBeNull();
    expect(findSkill('teamwork')).toBeNull();
  });
});

describe('allSkills', () => {
  it('lists every skill with its aliases', () => {
    const k8s = allSkills().find((s) => s.name === 'Kubernetes');
    expect(k8s?.aliases).toEqual(expect.arrayContaining(['k8s', 'kube']));
    expect(allSkills()).toHaveLength(SKILLS.length);
  });
});
