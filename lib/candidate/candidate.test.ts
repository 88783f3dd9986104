import { describe, expect, it } from 'vitest';
import type { GapAdvice } from '../match/advice';
import { applySkillCorrections, withCorrection } from '../match/corrections';
import { byEaseOfFix, gapSummary } from './gap-summary';
import { correctionMessage, correctionOutcome, skillPreview } from './skill-preview';

const found = (name: string, category = 'ml') => ({ name, category, evidence: `uses ${name}` });

describe('skillPreview', () => {
  it('lists found skills once, drops removed ones and marks the ones the candidate added', () => {
    const preview = skillPreview(
      [found('Python'), found('Python'), found('Email Marketing', 'marketing')],
      { added: ['Kubernetes'], removed: ['Email Marketing'] },
      (n) => (n === 'Kubernetes' ? 'devops' : null),
    );
    expect(preview.skills).toEqual([
      { name: 'Python', category: 'ml', evidence: 'uses Python', source: 'found' },
      { name: 'Kubernetes', category: 'devops', evidence: null, source: 'added' },
    ]);
    expect(preview.removed).toEqual(['Email Marketing']);
  });

  it('agrees with the corrections scoring applies', () => {
    const skills = [found('Python'), found('Logistics'), found('SQL')];
    const corrections = withCorrection(
      withCorrection({ added: [], removed: [] }, 'remove', 'Logistics'),
      'add',
      'MLflow',
    );
    const scored = applySkillCorrections(
      skills.map((s) => ({ ...s, level: 'required' as const, mentions: 1, years: null, phrases: [] })),
      corrections,
    );
    const preview = skillPreview(skills, corrections).skills;
    expect(preview.filter((s) => s.source === 'found').map((s) => s.name)).toEqual(
      scored.skills.map((s) => s.name),
    );
    expect(preview.filter((s) => s.source === 'added').map((s) => s.name)).toEqual(scored.claimed);
  });

  it('does not show an added skill the candidate also removed', () => {
    expect(skillPreview([], { added: ['Go'], removed: ['Go'] }).skills).toEqual([]);
  });
});

describe('correctionOutcome', () => {
  const none = { added: [], removed: [] };
  it('tells apart adding, restoring, un-adding and a no-op', () => {
    expect(correctionOutcome('remove', 'Go', none, new Set(['Go']), true)).toEqual({
      kind: 'removed',
      name: 'Go',
    });
    expect(
      correctionOutcome('remove', 'Go', { added: ['Go'], removed: [] }, new Set(['Go']), true).kind,
    ).toBe('unadded');
    expect(correctionOutcome('add', 'Go', { added: [], removed: ['Go'] }, new Set(), true).kind).toBe(
      'restored',
    );
    expect(correctionOutcome('add', 'Go', none, new Set(['Go']), true).kind).toBe('already');
    expect(correctionOutcome('add', 'Go', none, new Set(), false)).toEqual({
      kind: 'added',
      name: 'Go',
      known: false,
    });
  });

  it('says the scores changed only when they did, and warns about unknown skills', () => {
    expect(correctionMessage({ kind: 'already', name: 'Go' })).not.toMatch(/updated/);
    expect(correctionMessage({ kind: 'removed', name: 'Go' })).toMatch(/scores were updated/);
    // An added skill is a claim, which leaves the scores as they were.
    expect(correctionMessage({ kind: 'added', name: 'Go', known: true })).toBe(
      'Added Go. Recruiters who can see your resume see it as your claim; it does not raise your score until your resume shows it.',
    );
    expect(correctionMessage({ kind: 'unadded', name: 'Go' })).not.toMatch(/updated/);
    expect(correctionMessage({ kind: 'added', name: 'Basket weaving', known: false })).toMatch(
      /does not know this skill/,
    );
  });
});

const gap = (
  skill: string,
  status: GapAdvice['status'],
  level: GapAdvice['level'] = 'required',
): GapAdvice => ({
  skill,
  level,
  status,
  requirement: null,
  evidence: null,
  advice: '',
});

describe('gap ordering and summary', () => {
  it('puts the quickest fixes first and keeps the posting order otherwise', () => {
    const ordered = byEaseOfFix([
      gap('Helm', 'absent'),
      gap('Kubernetes', 'related'),
      gap('IAM', 'absent'),
      gap('MLflow', 'nearly'),
    ]);
    expect(ordered.map((g) => g.skill)).toEqual(['MLflow', 'Kubernetes', 'Helm', 'IAM']);
  });

  it('counts required gaps by how close they are, and nice-to-haves apart', () => {
    expect(
      gapSummary({
        required: [gap('MLflow', 'nearly'), gap('Helm', 'absent')],
        preferred: [gap('Kubeflow', 'related', 'preferred')],
      }),
    ).toBe('2 required skills missing (1 nearly covered); 1 nice-to-have missing.');
    expect(
      gapSummary({
        required: [],
        preferred: [gap('Go', 'absent', 'preferred'), gap('Rust', 'absent', 'preferred')],
      }),
    ).toBe('No required skill missing; 2 nice-to-haves missing.');
    expect(gapSummary({ required: [], preferred: [] })).toMatch(/every skill/);
  });
});
