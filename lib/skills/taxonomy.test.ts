import { describe, expect, it } from 'vitest';
import { allSkills, findSkill } from './index';
import { SKILLS } from './taxonomy';
import { tokenKey } from './tokenize';

// Everyday English words that name a skill only in some contexts ("without drama", "our inventory", "evidently",
// "a concrete plan"). Each may be a context or case form (written exactly so, next to a cue or in a list of skills)
// but never a plain form matched anywhere. The list comes from an audit of the taxonomy's one-word forms against
// the words job postings and resumes use in lower case. (Spoken languages are gated in extract.ts instead.)
const EVERYDAY_WORDS =
  `drama theater theatre inventory reconciliation cleaning translation containers concrete consolidation
embedded painting police charity charities typing profiling evidently amplify insomnia lime glove jersey hilt aurora
pruning scaffold noodles logistic bids deeds interpreter tunneling animation stride ribbon relativity prophet meg yang
napalm hangouts eureka mercurial rancher prettier titration neurological brokerage experience team teams work
communication sales people service services support management development design data business customer customers
product products quality project projects process processes research training learning education health care safety
security technology technologies tools software systems system operations planning analysis reporting writing
leadership excellent strong ability skills knowledge understanding environment company office time world life`.split(
    /\s+/,
  );

describe('taxonomy data', () => {
  it('holds at least 2,000 canonical skills with unique names and a category each', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(SKILLS.map((s) => s.name.toLowerCase())).size).toBe(SKILLS.length);
    expect(SKILLS.every((s) => s.category.length > 0)).toBe(true);
  });

  it('refers only to canonical names in implies and related', () => {
    const names = new Set(SKILLS.map((s) => s.name));
    const dangling = SKILLS.flatMap((s) =>
      [...(s.implies ?? []), ...(s.related ?? [])].filter((n) => !names.has(n)),
    );
    expect(dangling).toEqual([]);
  });

  it('spans software and non-software professions', () => {
    const categories = new Set(SKILLS.map((s) => s.category));
    for (const c of [
      'language',
      'cloud',
      'ml',
      'healthcare',
      'finance',
      'sales',
      'hr',
      'teaching',
      'engineering',
      'aviation',
      'hospitality',
      'legal',
    ]) {
      expect(categories).toContain(c);
    }
  });
});

describe('categories', () => {
  const categoryOf = (name: string) => findSkill(name)?.category;

  it('files operating systems and systems administration apart from DevOps', () => {
    expect(categoryOf('Linux')).toBe('operating-systems');
    expect(categoryOf('AIX')).toBe('operating-systems');
    expect(categoryOf('Windows Server')).toBe('operating-systems');
    expect(categoryOf('Active Directory')).toBe('systems-administration');
    expect(categoryOf('Microsoft Exchange')).toBe('systems-administration');
    expect(categoryOf('VMware')).toBe('systems-administration');
    expect(categoryOf('Kubernetes')).toBe('devops');
    expect(categoryOf('Terraform')).toBe('devops');
  });

  it('files other skills where a specialist would look for them', () => {
    expect(categoryOf('Microservices')).toBe('software-design');
    expect(categoryOf('RabbitMQ')).toBe('integration');
    expect(categoryOf('Budgeting')).toBe('finance');
    expect(categoryOf('Welding')).toBe('skilled-trades');
    expect(categoryOf('Yoga Instruction')).toBe('fitness');
    expect(categoryOf('SAP')).toBe('erp');
    expect(categoryOf('Occupational Health and Safety')).toBe('health-and-safety');
  });
});

describe('taxonomy forms', () => {
  it('keeps occupations, which a posting does not count, apart from aliases', () => {
    const roleForms = SKILLS.flatMap((s) => s.roles ?? []);
    const aliasForms = new Set(SKILLS.flatMap((s) => s.aliases ?? []).map(tokenKey));
    expect(roleForms.filter((r) => aliasForms.has(tokenKey(r)))).toEqual([]);
    expect(findSkill('occupational therapist')?.name).toBe('Occupational Therapy');
    expect(findSkill('occupational therapy')?.name).toBe('Occupational Therapy');
  });

  it('names skills as a specialist would', () => {
    expect(findSkill('security guard')?.name).toBe('Physical Security');
    expect(findSkill('store operations')?.name).toBe('Retail Operations');
    expect(findSkill('visual merchandising')?.name).toBe('Merchandising');
    expect(findSkill('model-view-controller')?.name).toBe('MVC');
  });

  it('names only canonical skills as the parts of a suite', () => {
    const names = new Set(SKILLS.map((s) => s.name));
    expect(SKILLS.flatMap((s) => s.parts ?? []).filter((n) => !names.has(n))).toEqual([]);
  });

  it('looks up a multi-word name in the other number', () => {
    expect(findSkill('fixed asset')?.name).toBe('Fixed Assets');
    expect(findSkill('REST API')?.name).toBe('REST APIs');
    expect(findSkill('job description')).toBeNull();
  });
});

describe('everyday words', () => {
  it('are never plain forms that match anywhere', () => {
    const everyday = new Set(EVERYDAY_WORDS);
    const plain = SKILLS.flatMap((s) => [
      ...(s.ambiguous || s.caseSensitive ? [] : [s.name]),
      ...(s.aliases ?? []),
    ]);
    expect(plain.filter((form) => everyday.has(tokenKey(form)))).toEqual([]);
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
    expect(findSkill('business')).toBeNull();
    expect(findSkill('teamwork')).toBeNull();
  });

  it('names the broad fields of work, which context decides in a text', () => {
    expect(findSkill('sales')?.name).toBe('Sales');
    expect(findSkill('marketing')?.name).toBe('Marketing');
    expect(findSkill('finance')?.name).toBe('Finance');
  });
});

describe('allSkills', () => {
  it('lists every skill with its aliases', () => {
    const k8s = allSkills().find((s) => s.name === 'Kubernetes');
    expect(k8s?.aliases).toEqual(expect.arrayContaining(['k8s', 'kube']));
    expect(allSkills()).toHaveLength(SKILLS.length);
  });
});
